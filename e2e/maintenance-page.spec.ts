import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Maintenance from the operator's form to its public page and the history. It runs on the subscriptions server
// (playwright.config.ts), whose other journey never looks at the overall status that maintenance in progress changes.

const NAME = "Xero sync moves to the new queue";
const ANNOUNCEMENT = "We move the Xero sync to the **new queue**; invoices may arrive a few minutes late.";
// Whole minutes in UTC: the browser below types in UTC, as datetime-local fields take them.
const local = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * 60_000).toISOString().slice(0, 16);

test.use({ timezoneId: "UTC" });

test("maintenance gets its own page: announced, kept once it starts, completed into the history", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.goto("/admin/maintenance");
  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("Starts").fill(local(-1));
  await page.getByLabel("Ends").fill(local(120));
  await page.getByLabel("Announcement (markdown)").fill(ANNOUNCEMENT);

  // No component ticked: refused at the field, with what to do, and what was typed is kept.
  await page.getByRole("button", { name: "Schedule maintenance" }).click();
  await expect(page.locator("#components-error")).toContainText("choose the components under maintenance, or confirm that it affects none");
  await expect(page.getByLabel("Announcement (markdown)")).toHaveValue(ANNOUNCEMENT);

  await page.getByRole("checkbox", { name: /^Xero/ }).check();
  await page.getByRole("button", { name: "Schedule maintenance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const adminUrl = page.url();
  const id = adminUrl.split("/").at(-1)!;

  // The scheduler starts it (every 15 s): the card on / keeps the announcement beside the automatic update.
  const reader = await browser.newPage({ baseURL, timezoneId: "Asia/Tokyo" });
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.locator(`#maintenance-${id}`)).toContainText("Scheduled maintenance is in progress.", { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  const card = reader.locator(`#maintenance-${id}`);
  await expect(card.locator("strong")).toHaveText("new queue");
  await expect(card).toContainText("invoices may arrive a few minutes late");
  await card.getByRole("link", { name: NAME, exact: true }).click();

  await expect(reader).toHaveURL(new RegExp(`/maintenance/${id}$`));
  await expect(reader.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(reader.locator("[data-maintenance-status]")).toHaveText(/In progress/);
  const starts = reader.locator('[data-fact="Starts"] time');
  await expect(starts).toContainText("GMT+9"); // the viewer's zone, the UTC instant in datetime and title
  await expect(starts).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT.*Z$/);
  await expect(starts).toHaveAttribute("title", /Z$/);
  await expect(reader.getByRole("heading", { name: "Affected components" }).locator("..")).toContainText("Xero");
  await expect(reader.locator("section", { has: reader.getByRole("heading", { name: "Announcement" }) }).locator("strong")).toHaveText(
    "new queue",
  );
  await expect(reader.getByRole("list", { name: "Maintenance updates" }).locator("li")).toHaveCount(2);

  // The operator completes it; the public page says so, and the history lists it.
  await page.goto(adminUrl);
  await page.getByLabel("Status", { exact: true }).selectOption("completed");
  await page.getByLabel("Message (markdown)").fill("The sync runs on the new queue.");
  await page.getByRole("button", { name: "Post update" }).click();
  // Completed, it takes no more updates (the form goes); the admin page links to the public one.
  await expect(page.getByRole("main").getByText("· Completed ·")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Public page", exact: true })).toHaveAttribute(
    "href",
    `/maintenance/${id}`,
  );
  await expect(async () => {
    await reader.goto(`/maintenance/${id}`);
    await expect(reader.locator("[data-maintenance-status]")).toHaveText(/Completed/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(reader.locator('[data-fact="Completed"] time')).toBeVisible();

  await reader.goto("/history");
  const entry = reader.locator(`[data-maintenance-id="${id}"]`);
  await expect(entry).toContainText("Maintenance");
  await expect(entry).toContainText("Completed");
  // Months are the page's (the demo's zone is UTC); the window started a minute before the test's "now".
  const month = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.now() - 60_000));
  await expect(reader.getByRole("region", { name: month }).locator(`[data-maintenance-id="${id}"]`)).toBeVisible();
  await expect(entry.getByRole("link", { name: NAME })).toHaveAttribute("href", `/maintenance/${id}`);

  // The v2 API's shortlink is the page; an unknown id is a 404 page.
  const summary = await (await reader.request.get("/api/v2/scheduled-maintenances.json")).json();
  const listed = summary.scheduled_maintenances.find((m: { id: string }) => m.id === id);
  expect(listed.shortlink).toMatch(new RegExp(`/maintenance/${id}$`));
  expect((await reader.request.get("/maintenance/no-such-window")).status()).toBe(404);
  await reader.close();
});
