import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Two of issue 20's pieces as an admin and a phone user meet them: the maintenance form's live preview of a
// recurrence, and the optional SLA table on the public page (390 px wide, light and dark, no sideways scroll).

test("typing a recurrence previews the next occurrences, and a bad rule says what is wrong", async ({ page }) => {
  await signInAsOwner(page);
  await page.goto("/admin/maintenance");
  await page.getByLabel("Starts").fill("2027-03-07T02:30");
  await page.getByLabel("Ends").fill("2027-03-07T04:30");
  const repeats = page.getByLabel("Repeats (optional)");
  await repeats.fill("FREQ=WEEKLY;BYDAY=SU");
  const preview = page.locator("#recurrence-preview");
  await expect(preview).toContainText("Next occurrences (every week on Sunday)");
  await expect(preview.locator("li")).toHaveCount(5);
  await repeats.fill("FREQ=HOURLY");
  await expect(preview).toContainText("must repeat DAILY, WEEKLY, MONTHLY or YEARLY");
});

test("the SLA table, once turned on, shows on a phone in both schemes without the page scrolling sideways", async ({ page }) => {
  await signInAsOwner(page);
  await page.goto("/admin/settings");
  const toggle = page.getByLabel("Show the SLA table on the status page");
  await expect(toggle).not.toBeChecked(); // off by default
  await toggle.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  try {
    await expectSlaTableOnAPhone(page);
  } finally {
    // The admin-journey server is shared: the layout journey expects the page as it was.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/admin/settings");
    await page.getByLabel("Show the SLA table on the status page").uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
  }
});

async function expectSlaTableOnAPhone(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await expect(async () => {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Uptime by month" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveCount(13);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const axe = await new AxeBuilder({ page }).include("#sla-heading").include("table").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
}
