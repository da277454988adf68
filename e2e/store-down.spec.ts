import { expect, test } from "@playwright/test";

test("with the incident store unreachable the page says so, without internals", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "We can't reach the incident store right now" })).toBeVisible();
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\bat .+\.(js|ts):\d+/);
});

test("with the incident store unreachable, admin pages answer 503 saying so, sign-in included", async ({ page }) => {
  for (const path of ["/admin/login", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(503);
    await expect(page.getByRole("heading", { name: "The incident store is unavailable" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("the public page keeps serving the last known state");
  }
});
