import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Two admins sign in and work through a dozen pages: about 20 s here, past 30 s once on a busy machine.
test.describe.configure({ timeout: 60_000 });

test("an owner invites an editor, who runs incidents but cannot manage admins or tokens", async ({ page, browser, baseURL }) => {
  await signInAsOwner(page);
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill("editor@example.com");
  await page.getByRole("button", { name: "Invite admin" }).click();
  const notice = page.getByRole("status");
  await expect(notice).toContainText("Invited editor@example.com");
  const temporaryPassword = (await notice.locator("code").innerText()).trim();

  const editorContext = await browser.newContext({ baseURL });
  const editor = await editorContext.newPage();
  await editor.goto("/admin/login");
  await editor.getByLabel("Email").fill("editor@example.com");
  await editor.getByLabel("Password").fill(temporaryPassword);
  await editor.getByRole("button", { name: "Sign in" }).click();
  await expect(editor.getByRole("heading", { name: "Dashboard" })).toBeVisible({ timeout: 20_000 });
  await expect(editor.getByText("editor@example.com · editor")).toBeVisible();
  await expect(editor.getByRole("link", { name: "Admins" })).toHaveCount(0);
  for (const ownerOnly of ["/admin/users", "/admin/tokens"]) {
    await editor.goto(ownerOnly);
    await expect(editor).toHaveURL(/\/admin\?denied=owner$/);
  }
  await editor.goto("/admin/incidents/new");
  await expect(editor.getByRole("heading", { name: "Open an incident" })).toBeVisible();

  // Removing the editor ends their session at once.
  await page.goto("/admin/users");
  await page.locator('[data-admin="editor@example.com"]').getByRole("button", { name: "Remove" }).click();
  await expect(page.locator('[data-admin="editor@example.com"]')).toHaveCount(0);
  await editor.goto("/admin");
  await expect(editor).toHaveURL(/\/admin\/login$/);
  await editorContext.close();
});
