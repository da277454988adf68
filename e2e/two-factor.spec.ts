import { expect, test } from "@playwright/test";
import { totpCode } from "@/lib/testing/totp";
import { OWNER } from "./support/servers";
import { signInAsOwner } from "./support/sign-in";

// On the behind-nginx server, after its journey (turning two-factor on for the owner would stop other journeys
// signing in). Codes are computed from the otpauth URI as an authenticator app would.

test("the owner turns on two-factor sign-in; then signing in asks for the app's code", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.goto("/admin/account");
  await expect(page.getByRole("status").filter({ hasText: "Two-factor sign-in is off" })).toBeVisible();
  await page.getByLabel("Your password").fill(OWNER.password);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code of the authenticator setup link" })).toBeVisible({ timeout: 20_000 });
  const otpauthUri = (await page.getByTestId("otpauth-uri").getAttribute("href"))!;
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  await expect(page.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);

  const wrong = String((Number(totpCode(otpauthUri, new Date())) + 1) % 1_000_000).padStart(6, "0");
  await page.getByLabel("Code from the app").fill(wrong);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.locator("#code-error")).toContainText("not correct");
  await page.getByLabel("Code from the app").fill(totpCode(otpauthUri, new Date()));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Two-factor sign-in is on" })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Authentication code").fill(totpCode(otpauthUri, new Date()));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible({ timeout: 20_000 });
});
