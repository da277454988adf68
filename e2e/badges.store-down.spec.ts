import { expect, test } from "@playwright/test";

test("with the store down a badge is a grey 'unavailable' SVG with 503, never an error page", async ({ request }) => {
  for (const path of ["/badge.svg", "/badge/backend-api.svg", "/badge/backend-api/uptime.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(503);
    expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.text()).toMatch(/<title>[^<]+: unavailable<\/title>/);
  }
});
