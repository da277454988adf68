import { expect, type Page } from "@playwright/test";
import { OWNER } from "./servers";

export async function signInAsOwner(page: Page) {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Hashing the password with scrypt is slow on purpose; give it time on a busy machine.
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible({ timeout: 20_000 });
}
