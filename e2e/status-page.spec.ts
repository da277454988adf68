import { expect, test } from "@playwright/test";

const INCIDENT = "Backend API and MCP server returning 502 errors";

test.describe("the public status page with the demo data", () => {
  test("shows the page name and that all systems are operational now", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "CapLiquify Status" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "All Systems Operational" })).toBeVisible();
  });

  test("lists the components in their groups, each operational with a 90-day uptime bar", async ({ page }) => {
    await page.goto("/");
    const components = page.locator("[data-component]");
    await expect(components).toHaveCount(8);
    for (const group of ["Core services", "Integrations"]) {
      await expect(page.locator("summary", { hasText: group })).toBeVisible();
    }
    const backend = page.locator('[data-component="Backend API"]');
    await expect(backend.getByText("Operational", { exact: true })).toBeVisible();
    await expect(backend.locator("[data-level]")).toHaveCount(90);
    // The 33-minute outage of BMAD-DEPLOY-001 is a red day; the SSE component is only 40 days old.
    await expect(backend.locator('[data-level="critical"]')).toHaveCount(1);
    await expect(page.locator('[data-component="Real-time updates (SSE)"] [data-level="no_data"]')).toHaveCount(49); // 90 days, of which the last 41 (the first one partly) have data
  });

  test("the outage day's tooltip gives the date, uptime and the incident", async ({ page }) => {
    await page.goto("/");
    await page.locator('[data-component="Backend API"] [data-level="critical"]').hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("97.71% uptime");
    await expect(tooltip).toContainText(INCIDENT);
  });

  test("lists the incident under its day among the past 14 days, quiet days saying so", async ({ page }) => {
    await page.goto("/");
    const past = page.locator("section", { has: page.getByRole("heading", { name: "Past incidents" }) });
    await expect(past.locator("[data-day]")).toHaveCount(14);
    await expect(past.getByRole("link", { name: INCIDENT })).toBeVisible();
    await expect(past.getByText("No incidents reported.")).toHaveCount(13);
  });

  test("announces the upcoming maintenance from the retrospective's action items", async ({ page }) => {
    await page.goto("/");
    const maintenance = page.locator("section", { has: page.getByRole("heading", { name: "Scheduled maintenance" }) });
    const name = maintenance.getByRole("link", { name: "Database migration to paid PostgreSQL plan", exact: true });
    await expect(name).toHaveAttribute("href", /^\/maintenance\/[^/]+$/);
    // The announcement, and a link to the maintenance's own page with every update.
    await expect(maintenance.locator("[id^=maintenance-] .prose").first()).not.toBeEmpty();
    await expect(maintenance.getByRole("link", { name: /^Details and all updates/ })).toHaveAttribute(
      "href",
      (await name.getAttribute("href"))!,
    );
    await expect(maintenance.getByText("Affects: Backend API, MCP Server")).toBeVisible();
  });

  test("has one 'updated' clock: the footer's last live check, as <time> with the instant, moving on with each check", async ({ page }) => {
    await page.goto("/");
    const clock = page.locator('[data-live-updates="live"]');
    await expect(clock).toContainText(/^Last updated \d\d:\d\d:\d\d$/);
    await expect(page.getByText(/^(last )?updated /i)).toHaveCount(1);
    await expect(page.locator("#overall-status + p")).toHaveCount(0);
    const time = clock.locator("time");
    const first = await time.getAttribute("datetime");
    expect(first).toMatch(/^\d{4}-\d\d-\d\dT/);
    // status.json is checked every 5 s: the clock says when the page last knew it was current.
    await expect.poll(() => time.getAttribute("datetime"), { timeout: 15_000 }).not.toBe(first);
  });

  test("shows times in the viewer's time zone", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ timezoneId: "Asia/Tokyo", baseURL });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("section", { hasText: "Scheduled maintenance" }).locator("time").first()).toContainText("GMT+9");
    await context.close();
  });
});
