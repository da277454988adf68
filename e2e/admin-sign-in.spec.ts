import { expect, test } from "@playwright/test";
import { OWNER } from "./support/servers";
import { signInAsOwner } from "./support/sign-in";

const ADMIN_PAGES = [
  "/admin",
  "/admin/incidents/new",
  "/admin/templates",
  "/admin/components",
  "/admin/maintenance",
  "/admin/settings",
  "/admin/audit",
  "/admin/users",
  "/admin/tokens",
  "/admin/account",
];

test("every admin page is closed to visitors who are not signed in", async ({ page }) => {
  test.slow(); // ten cold page loads; the first render of each admin route compiles nothing but still renders on a busy 2-core machine
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/login$/);
  }
});

test("the owner signs in, sees the dashboard, and signs out", async ({ page }) => {
  await signInAsOwner(page);
  await expect(page.getByRole("heading", { name: "All Systems Operational" })).toBeVisible();
  await expect(page.getByText(`${OWNER.email} · owner`)).toBeVisible();
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("a wrong password gets the same answer as an unknown email", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);

  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
});

test("repeated wrong passwords are throttled with a clear wait", async ({ page }) => {
  await page.goto("/admin/login");
  const email = `guesser-${test.info().project.name}@example.com`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`guess-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form resets once the server has answered: only then is the failure counted.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  }
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guess-6");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(/^Too many failed sign-ins\. Try again in \d+ s\.$/);
});

test("a cross-site form post to an admin action is refused", async ({ page, baseURL }) => {
  await signInAsOwner(page);
  // The server-rendered sign-out form carries its server action's id; post it as another site would.
  const html = await (await page.request.get("/admin")).text();
  const action = html.match(/name="(\$ACTION_ID_[0-9a-f]+)"/)?.[1];
  expect(action).toBeTruthy();
  const forged = await page.request.post("/admin", {
    multipart: { [action!]: "" },
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  // The same post from Beacon's own origin does sign out: the refusal above was the origin check.
  await page.request.post("/admin", { multipart: { [action!]: "" }, headers: { origin: baseURL! }, maxRedirects: 0 });
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});
