import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

const SVG = "image/svg+xml; charset=utf-8";

test.describe("status badges", () => {
  for (const [path, title] of [
    ["/badge.svg", "status: operational"],
    ["/badge/backend-api.svg", "Backend API: operational"],
    ["/badge/core-services.svg", "Core services: operational"],
  ] as const) {
    test(`${path} is an embeddable SVG badge that answers 304 and HEAD`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(SVG);
      expect(response.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
      expect(await response.text()).toContain(`<title>${title}</title>`);
      const again = await request.get(path, { headers: { "if-none-match": response.headers().etag } });
      expect(again.status()).toBe(304);
      const head = await request.head(path);
      expect([head.status(), head.headers().etag]).toEqual([200, response.headers().etag]);
    });
  }

  test("the uptime badge and the shields JSON are served by the nested routes", async ({ request }) => {
    const uptime = await request.get("/badge/backend-api/uptime.svg?days=7&style=flat-square");
    expect(uptime.status()).toBe(200);
    expect(await uptime.text()).toMatch(/<title>Backend API uptime \(7d\): \d+(\.\d\d)?%<\/title>/);
    const json = await (await request.get("/badge/backend-api/uptime.json")).json();
    expect(json).toMatchObject({ schemaVersion: 1, label: "Backend API uptime (30d)" });
    expect(await (await request.get("/badge.json")).json()).toMatchObject({ schemaVersion: 1, message: "operational" });
  });

  test("an unknown component and a bad query are still badges, with 404 and 400", async ({ request }) => {
    const unknown = await request.get("/badge/no-such-thing.svg");
    expect([unknown.status(), unknown.headers()["content-type"]]).toEqual([404, SVG]);
    expect(await unknown.text()).toContain("<title>status: unknown</title>");
    const bad = await request.get("/badge/backend-api/uptime.svg?days=365");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("<title>uptime: invalid days</title>");
  });

  test("a page on another origin can show the badge as an image", async ({ page, baseURL }) => {
    await page.setContent(`<img alt="status" src="${baseURL}/badge.svg">`);
    const image = page.getByRole("img", { name: "status" });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });
});

test("the admin Badges page previews each badge and copies its Markdown", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await signInAsOwner(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Badges" }).click();
  await expect(page.getByRole("heading", { name: "Badges", level: 1 })).toBeVisible();
  const preview = page.getByRole("img", { name: "Backend API status" });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const markdown = page.getByRole("textbox", { name: "Markdown" }).first();
  await expect(markdown).toHaveValue(/^\[!\[.+ status\]\(https?:\/\/.+\/badge\.svg\)\]\(https?:\/\/.+\)$/);
  await page
    .getByRole("button", { name: /^Copy Markdown for / })
    .first()
    .click();
  await expect(page.getByRole("button", { name: /^Copy Markdown for / }).first()).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await markdown.inputValue());
});
