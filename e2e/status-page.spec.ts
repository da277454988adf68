import { expect, test } from "@playwright/test";
import { dayLevelsOf, hoverDay, uptimeBarsOf } from "./support/uptime-bars";

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
    const bars = uptimeBarsOf(page.locator("main"), "Backend API");
    await expect(bars.locator(".uptime-days")).toHaveCSS("background-image", /linear-gradient/);
    const levels = await dayLevelsOf(bars);
    expect(levels).toHaveLength(90);
    // The 33-minute outage of BMAD-DEPLOY-001 is a red day; the SSE component is only 40 days old.
    expect(levels.filter((level) => level === "critical")).toHaveLength(1);
    const sse = await dayLevelsOf(uptimeBarsOf(page.locator("main"), "Real-time updates (SSE)"));
    expect(sse.filter((level) => level === "no_data")).toHaveLength(49); // 90 days, of which the last 41 (the first one partly) have data
  });

  test("the outage day's tooltip gives the date, uptime and the incident", async ({ page }) => {
    await page.goto("/");
    const bars = uptimeBarsOf(page.locator("main"), "Backend API");
    const levels = await dayLevelsOf(bars);
    await hoverDay(bars, levels.indexOf("critical"), levels.length);
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toContainText("97.71% uptime");
    await expect(tooltip).toContainText(INCIDENT);
    await hoverDay(bars, levels.length - 1, levels.length);
    await expect(tooltip).not.toContainText(INCIDENT);
  });

  test("the arrow keys read the bars a day at a time, from today back to the outage", async ({ page }) => {
    await page.goto("/");
    const bars = uptimeBarsOf(page.locator("main"), "Backend API");
    const levels = await dayLevelsOf(bars);
    await bars.focus();
    await page.keyboard.press("ArrowLeft"); // the first press reads today
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).not.toContainText(INCIDENT);
    for (let day = levels.length - 1; day > levels.indexOf("critical"); day--) await page.keyboard.press("ArrowLeft");
    await expect(tooltip).toContainText("97.71% uptime");
    await expect(tooltip).toContainText(INCIDENT);
    // Screen readers hear the same day through the row's live region.
    await expect(page.locator('[data-component="Backend API"] [aria-live]')).toContainText(INCIDENT);
    await page.keyboard.press("Tab");
    await expect(tooltip).toHaveCount(0);
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
