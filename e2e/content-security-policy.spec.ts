import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Pages work under the Content-Security-Policy: prepared public pages are light (no inline script of Next's, only the
// islands script from 'self', and any inline script they still hold by hash), admin pages allow Next's scripts by a
// per-request nonce. A blocked script would be reported as a violation or in the console.

const INCIDENT = "Backend API and MCP server returning 502 errors";

async function watchViolations(page: Page) {
  const reported: string[] = [];
  page.on("console", (message) => {
    if (/content security policy|refused to (execute|load)/i.test(message.text())) reported.push(message.text());
  });
  page.on("pageerror", (error) => reported.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return reported;
}

test("the status page, an incident page and the admin dashboard run under the CSP without a violation", async ({ page }) => {
  test.setTimeout(60_000);
  const reported = await watchViolations(page);

  // The first answer may come from Next itself (nonce) while the bytes are prepared; then they are (no nonce).
  const PREPARED_POLICY = /^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/;
  await expect
    .poll(async () => (await page.request.get("/")).headers()["content-security-policy"], { timeout: 20_000 })
    .toMatch(PREPARED_POLICY);
  const home = await page.goto("/");
  expect(home?.headers()["content-security-policy"]).toMatch(PREPARED_POLICY);
  expect(home?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(home?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await page.getByRole("link", { name: INCIDENT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: INCIDENT })).toBeVisible({ timeout: 20_000 });

  const incident = await page.goto(page.url());
  expect(incident?.headers()["content-security-policy"]).toMatch(PREPARED_POLICY);
  await expect(page.getByRole("heading", { level: 1, name: INCIDENT })).toBeVisible();

  await signInAsOwner(page); // a server action: needs the hydrated sign-in form
  const dashboard = await page.goto("/admin");
  expect(dashboard?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  expect(reported).toEqual([]);
});

test("every answer says nosniff, badges and static files included", async ({ request }) => {
  for (const path of ["/badge.svg", "/api/v2/summary.json", "/admin/login", "/icon.svg"]) {
    const answer = await request.get(path);
    expect(answer.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});
