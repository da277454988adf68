import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Everything here goes through nginx configured exactly as the README documents (e2e/support/nginx-front.ts):
// server actions (sign-in included) must accept the forwarded Host, and the public page must show what was posted.

test("an admin signs in and posts an incident update through the README's nginx configuration", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Search degraded behind nginx ${Date.now()}`;

  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  expect(home?.headers().server).toMatch(/nginx/);

  await signInAsOwner(page);
  await page.goto("/admin/incidents/new");
  await page.getByLabel("Incident name").fill(name);
  await page.getByLabel("Impact").selectOption("minor");
  await page.getByLabel("First update (markdown)").fill("Search is slow; we are investigating.");
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible({ timeout: 20_000 });

  await page.getByLabel("New status").selectOption("identified");
  await page.getByLabel("Message (markdown)").fill("An index rebuild is running; search recovers when it ends.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.locator("[data-update-status]").first()).toHaveAttribute("data-update-status", "identified");

  // Readers see it through nginx's cache once the short shared max-age has passed.
  const reader = await page.context().newPage();
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await reader.getByRole("link", { name }).first().click();
  await expect(reader.getByText("An index rebuild is running; search recovers when it ends.").first()).toBeVisible({ timeout: 20_000 });
  await reader.close();
});
