import { expect, test } from "@playwright/test";

const INCIDENT = "Backend API and MCP server returning 502 errors";
const MAINTENANCE = "Database migration to paid PostgreSQL plan";

test.describe("history feeds and the maintenance calendar", () => {
  test("every page advertises the Atom and RSS feeds, and its footer links the feeds and the calendar", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/history\.atom$/);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/history\.rss$/);
    const footer = page.getByRole("navigation", { name: "Subscribe" });
    await expect(footer.getByRole("link", { name: "Atom" })).toHaveAttribute("href", "/history.atom");
    await expect(footer.getByRole("link", { name: "RSS" })).toHaveAttribute("href", "/history.rss");
    await expect(footer.getByRole("link", { name: "Calendar" })).toHaveAttribute("href", "/maintenance.ics");
  });

  for (const [path, type] of [
    ["/history.atom", "application/atom+xml; charset=utf-8"],
    ["/history.rss", "application/rss+xml; charset=utf-8"],
  ] as const) {
    test(`${path} lists the demo maintenance and incident, and answers 304 to a client that holds it`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(type);
      const xml = await response.text();
      expect(xml.indexOf(MAINTENANCE)).toBeLessThan(xml.indexOf(INCIDENT));
      expect(xml).toContain("CapLiquify Status history");
      const again = await request.get(path, { headers: { "if-none-match": response.headers().etag } });
      expect(again.status()).toBe(304);
    });
  }

  test("/maintenance.ics is a calendar with the scheduled maintenance", async ({ request }) => {
    const response = await request.get("/maintenance.ics");
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`SUMMARY:${MAINTENANCE}`);
  });
});
