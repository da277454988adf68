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
