import { expect, test } from "@playwright/test";

test("an unknown incident is a real 404 page", async ({ page }) => {
  const response = await page.goto("/incidents/no-such-incident");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Back to the current status/ })).toBeVisible();
});

test("a history page past the end is a 404, not an empty page", async ({ page }) => {
  expect((await page.goto("/history?page=999"))?.status()).toBe(404);
  expect((await page.goto("/history?page=abc"))?.status()).toBe(404);
});

test("a NUL byte or invalid text in the path is a 404, never a server error", async ({ page, request }) => {
  expect((await page.goto("/incidents/%00"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  const badge = await request.get("/badge/x%00.svg");
  expect(badge.status()).toBe(404);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect((await request.get("/badge/x%00/uptime.json")).status()).toBe(404);
});
