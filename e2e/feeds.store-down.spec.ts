import { expect, test } from "@playwright/test";

for (const path of ["/history.atom", "/history.rss", "/maintenance.ics"]) {
  test(`with the store unreachable ${path} answers 503 with a short message, without internals`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(503);
    const text = await response.text();
    expect(text).toMatch(/^The status store is unavailable; try again shortly \(reference [\w-]+\)\.$/m);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma/i);
  });
}
