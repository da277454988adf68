import { expect, type Page, test } from "@playwright/test";

const INCIDENT = "Backend API and MCP server returning 502 errors";

async function openDemoIncident(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: INCIDENT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: INCIDENT })).toBeVisible({ timeout: 20_000 }); // a server render on click
}

test.describe("the demo incident's page", () => {
  test("shows the timeline newest first, from Resolved back to the first Investigating", async ({ page }) => {
    await openDemoIncident(page);
    const statuses = await page
      .locator("[data-update-status]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-update-status")));
    expect(statuses).toEqual(["resolved", "monitoring", "identified", "identified", "identified", "investigating", "investigating"]);
    const times = await page.locator("[data-update-status] time").evaluateAll((items) => items.map((i) => i.getAttribute("datetime")!));
    expect([...times].sort().reverse()).toEqual(times);
    // T+0 to T+33 minutes, as in the retrospective.
    expect(Date.parse(times[0]) - Date.parse(times[times.length - 1])).toBe(33 * 60_000);
  });

  test("measures the durations the retrospective measures", async ({ page }) => {
    await openDemoIncident(page);
    await expect(page.locator('[data-fact="Impact"]')).toHaveText("Critical");
    await expect(page.locator('[data-fact="Time to identify"]')).toHaveText("5 min");
    await expect(page.locator('[data-fact="Time to resolve"]')).toHaveText("28 min");
    await expect(page.locator('[data-fact="Total duration"]')).toHaveText("33 min");
  });

  test("lists the affected components and each update's component changes", async ({ page }) => {
    await openDemoIncident(page);
    for (const name of ["Backend API", "MCP Server", "Frontend", "Xero", "Shopify", "Amazon", "Unleashed"]) {
      await expect(page.getByRole("listitem").filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
    }
    await expect(page.getByText("Backend API: Operational → Major outage")).toBeVisible();
    await expect(page.getByText("Backend API: Major outage → Operational")).toBeVisible();
  });

  test("renders the update markdown and the retrospective as the postmortem", async ({ page }) => {
    await openDemoIncident(page);
    await expect(page.getByRole("heading", { name: "Postmortem" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Root Cause Analysis" })).toBeVisible();
    await expect(page.locator("table").first()).toBeVisible();
    await expect(page.locator("code", { hasText: "WITH VERSION" }).first()).toBeVisible();
  });
});
