import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

const NAME = "Backend API returning 502 errors after a migration";

async function publicBanner(page: Page) {
  const pub = await page.context().newPage();
  await pub.goto("/");
  const text = await pub.locator("#overall-status").innerText();
  await pub.close();
  return text;
}

async function post(page: Page, status: string, message: string, components: Record<string, string> = {}) {
  await page.getByLabel("New status").selectOption(status);
  await page.getByLabel("Message (markdown)").fill(message);
  for (const [name, value] of Object.entries(components)) await page.getByLabel(name, { exact: true }).selectOption(value);
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.locator("[data-update-status]").first()).toContainText(message.replace(/[*`]/g, "").slice(0, 30));
}

test.describe.configure({ mode: "serial" });

test("an admin runs an incident from investigating to the published postmortem", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.getByRole("link", { name: "Open an incident" }).click();

  // A validation error keeps what was typed.
  await page.getByLabel("First update (markdown)").fill("We are **investigating** 502 errors.");
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.locator("#name-error")).toHaveText("name is required");
  await expect(page.getByLabel("First update (markdown)")).toHaveValue("We are **investigating** 502 errors.");
  await expect(page.getByLabel("First update preview").locator("strong")).toHaveText("investigating");

  await page.getByLabel("Incident name").fill(NAME);
  await page.getByLabel("Impact").selectOption("critical");
  await page.getByLabel("Backend API", { exact: true }).selectOption("major_outage");
  await page.getByLabel("MCP Server", { exact: true }).selectOption("major_outage");
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const adminIncidentUrl = page.url();
  expect(await publicBanner(page)).toBe("Major Service Outage");

  await post(page, "identified", "Root cause: a migration pinned `pgvector` 0.5.1.");
  await post(page, "monitoring", "A fix is deployed; we are monitoring.", { "Backend API": "degraded_performance" });
  const pub = await page.context().newPage();
  await pub.goto("/");
  await expect(pub.locator('[data-component="Backend API"]')).toContainText("Degraded performance");
  await expect(pub.getByRole("link", { name: NAME }).first()).toBeVisible();
  await pub.close();

  await post(page, "resolved", "Services are restored.");
  expect(await publicBanner(page)).toBe("All Systems Operational");

  await page.getByLabel("Postmortem (markdown)").fill("## What happened\n\nA migration pinned an extension version.");
  await page.getByRole("button", { name: "Publish postmortem" }).click();
  await expect(page.getByText(/^Postmortem · /)).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: NAME }).first().click();
  await expect(page.getByRole("heading", { name: "What happened" })).toBeVisible();
  const statuses = await page
    .locator("[data-update-status]")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-update-status")));
  expect(statuses).toEqual(["resolved", "monitoring", "identified", "investigating"]);
  const publicIncidentUrl = page.url();

  // A typo fix afterwards changes the words, not the timeline.
  await page.goto(adminIncidentUrl);
  const identified = page.locator('[data-update-status="identified"]');
  await identified.getByText("Fix text").click();
  await identified.getByLabel("Update text").fill("Root cause: a migration pinned the pgvector extension version.");
  await identified.getByRole("button", { name: "Save text" }).click();
  await expect(identified).toContainText("pinned the pgvector extension version");
  await page.goto(publicIncidentUrl);
  await expect(page.locator('[data-update-status="identified"]')).toContainText("pinned the pgvector extension version");
  await expect(page.locator("[data-update-status]")).toHaveCount(4);
});

test("markdown from an admin renders as inert text on the public page", async ({ page }) => {
  await signInAsOwner(page);
  await page.getByRole("link", { name: "Open an incident" }).click();
  await page.getByLabel("Incident name").fill("Markdown safety check");
  await page.getByLabel("Impact").selectOption("none");
  await page
    .getByLabel("First update (markdown)")
    .fill('<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [click](javascript:window.__pwned=3)');
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Markdown safety check" })).toBeVisible();
  // Inert on the admin page too.
  await expect(page.getByText("<script>window.__pwned = 1</script>", { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
  await page.goto("/");
  await page.getByRole("link", { name: "Markdown safety check" }).first().click();
  await expect(page.getByText("<script>window.__pwned = 1</script>", { exact: false }).first()).toBeVisible();
  const hrefs = await page.locator("main a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => href.trim().toLowerCase().startsWith("javascript:"))).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img, main script").count()).toBe(0);
});
