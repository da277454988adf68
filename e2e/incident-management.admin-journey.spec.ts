import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Incidents in the admin: find one in the list, change what it is, record one that happened before, delete it.
const PAST = "Imported: search index outage";
const RENAMED = "Search index outage (imported)";

const daysAgoLocal = (days: number, time: string) => {
  const day = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
};

test("an owner records a past incident, finds it in the list, edits and deletes it, and the public pages follow", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "All incidents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  await page.getByRole("link", { name: "Record a past incident" }).click();

  await page.getByLabel("Incident name").fill(PAST);
  await page.getByLabel("Impact").selectOption("minor");
  await page.getByRole("checkbox", { name: /Frontend/ }).check();
  const first = page.getByRole("group", { name: "Update 1" });
  await first.getByLabel("Status").selectOption("investigating");
  await first.getByLabel("When it was posted").fill(daysAgoLocal(3, "10:00"));
  await first.getByLabel("Message (markdown)").fill("Search returns no results.");
  const second = page.getByRole("group", { name: "Update 2" });
  await second.getByLabel("Status").selectOption("resolved");
  await second.getByLabel("When it was posted").fill(daysAgoLocal(3, "11:30"));
  await second.getByLabel("Message (markdown)").fill("The index was rebuilt.");
  await page.getByRole("button", { name: "Record incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PAST })).toBeVisible();
  await expect(page.getByText(/^Resolved · Minor impact/)).toBeVisible();
  const adminUrl = page.url();

  // The list finds it among resolved incidents, by name.
  await page.goto("/admin/incidents?state=resolved&q=search+index");
  await expect(page.getByRole("link", { name: PAST })).toBeVisible();
  await page.goto("/admin/incidents?state=open&q=search+index");
  await expect(page.getByText("No incidents match.")).toBeVisible();

  // Edit: the form says what happened and where to see it, and the public page follows.
  await page.goto(adminUrl);
  const details = page.getByRole("region", { name: "Name, impact and components" });
  await details.getByLabel("Incident name").fill(RENAMED);
  await details.getByLabel("Impact").selectOption("major");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toContainText("Saved — the status page and the API show the new details.");
  const publicHref = await details.getByRole("link", { name: /public incident page/ }).getAttribute("href");
  const pub = await page.context().newPage();
  await pub.goto(publicHref!);
  await expect(pub.getByRole("heading", { level: 1, name: RENAMED })).toBeVisible();
  const statuses = await pub.locator("[data-update-status]").evaluateAll((items) => items.map((i) => i.getAttribute("data-update-status")));
  expect(statuses).toEqual(["resolved", "investigating"]);

  // Publishing a postmortem says so too, with the same link.
  await page.getByLabel("Postmortem (markdown)").fill("## What happened\n\nThe index was rebuilt from scratch.");
  await page.getByRole("button", { name: "Publish postmortem" }).click();
  const published = page.getByRole("region", { name: "Postmortem" }).getByRole("status");
  await expect(published).toContainText("Published — the postmortem is live on the incident's public page.");
  await expect(published.getByRole("link", { name: /public incident page/ })).toHaveAttribute("href", publicHref!);

  // Delete: the confirmation names what disappears; afterwards the public page is gone.
  const danger = page.getByRole("region", { name: "Delete this incident" });
  await danger.getByText("Delete", { exact: true }).click();
  await expect(danger).toContainText(`“${RENAMED}”, its 2 updates and its postmortem disappear from the status page`);
  await expect(danger).toContainText("Subscribers are not notified.");
  await danger.getByRole("button", { name: "Delete this incident" }).click();
  await expect(page).toHaveURL(/\/admin\/incidents\?deleted=1$/);
  await expect(page.getByRole("status")).toContainText("Deleted — the incident is gone from the status page");
  const gone = await pub.goto(publicHref!);
  expect(gone?.status()).toBe(404);
  await pub.close();
});
