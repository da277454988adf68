import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "./support/servers";

// 25 older resolved incidents beside the demo one: 26 in all, two pages of 20.
const OLD_INCIDENTS = 25;

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DELETE FROM "Incident" WHERE name LIKE 'Archived incident %'`);
    for (let i = 1; i <= OLD_INCIDENTS; i++) {
      const started = new Date(Date.now() - (20 + i * 9) * 24 * 3600_000);
      await client.query(
        `INSERT INTO "Incident" (id, name, status, impact, "startedAt", "identifiedAt", "resolvedAt", "updatedAt")
         VALUES ($1, $2, 'resolved', 'minor', $3, $3, $4, now())`,
        [randomUUID(), `Archived incident ${String(i).padStart(2, "0")}`, started, new Date(started.getTime() + 20 * 60_000)],
      );
    }
  } finally {
    await client.end();
  }
});

test("history pages through all incidents by month, newest first", async ({ page }) => {
  await page.goto("/history");
  await expect(page.getByText("26 incidents · page 1 of 2")).toBeVisible();
  const firstPage = page.locator("[data-incident-id]");
  await expect(firstPage).toHaveCount(20);
  await expect(firstPage.first()).toContainText("Backend API and MCP server returning 502 errors");
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);

  await page.getByRole("link", { name: "Older incidents →" }).click();
  await expect(page).toHaveURL(/\/history\?page=2$/);
  await expect(page.locator("[data-incident-id]")).toHaveCount(6);
  await expect(page.locator("[data-incident-id]").last()).toContainText("Archived incident 25");
  await expect(page.getByRole("link", { name: "Older incidents →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Newer incidents" }).click();
  await expect(page.locator("[data-incident-id]")).toHaveCount(20);
});
