import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// On an empty incident store (no demo data): an admin sets up the page and posts BMAD-DEPLOY-001 step by step,
// and after every step the public page, the incident page and the banner show it.

const INCIDENT = "Backend API and MCP server returning 502 errors";
const AFFECTED = ["Backend API", "MCP Server"];

const TIMELINE: { status: string; message: string; components?: Record<string, string> }[] = [
  { status: "investigating", message: "Investigation started; deployment logs requested from Render." },
  { status: "identified", message: "Root cause: Prisma P3018, the migration pinned pgvector 0.5.1." },
  { status: "identified", message: "Fix implemented: the VERSION clause is removed from the migration." },
  { status: "identified", message: "Fix committed." },
  {
    status: "monitoring",
    message: "Fix deployed; Render auto-deploy in progress.",
    components: { "Backend API": "degraded_performance", "MCP Server": "degraded_performance" },
  },
];

async function addComponent(page: Page, name: string, group: string) {
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a component" }) });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Group").selectOption({ label: group });
  await form.getByRole("button", { name: "Add component" }).click();
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "On the page" }) }).getByText(name, { exact: true }),
  ).toBeVisible();
}

async function expectPublic(page: Page, banner: string, incidentStatus: string) {
  const pub = await page.context().newPage();
  await pub.goto("/");
  await expect(pub.locator("#overall-status")).toHaveText(banner);
  await pub.getByRole("link", { name: INCIDENT }).first().click();
  await expect(pub.locator("[data-incident-status]")).toHaveAttribute("data-incident-status", incidentStatus);
  await pub.close();
}

test("an admin sets up an empty page and posts the BMAD-DEPLOY-001 timeline, the public page following each step", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(page.locator("[data-component]")).toHaveCount(0);

  await signInAsOwner(page);
  await page.goto("/admin/components");
  const groupForm = page.locator("section", { has: page.getByRole("heading", { name: "Add a group" }) });
  await groupForm.getByLabel("Group name").fill("Core services");
  await groupForm.getByRole("button", { name: "Add group" }).click();
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "On the page" }) }).getByRole("heading", { name: /^Core services/ }),
  ).toBeVisible();
  for (const name of [...AFFECTED, "Frontend"]) await addComponent(page, name, "Core services");

  await page.goto("/admin/incidents/new");
  await page.getByLabel("Incident name").fill(INCIDENT);
  await page.getByLabel("Impact").selectOption("critical");
  await page
    .getByLabel("First update (markdown)")
    .fill("We are investigating **502 Bad Gateway** errors on the Backend API and the MCP server.");
  for (const name of AFFECTED) await page.getByLabel(name, { exact: true }).selectOption("major_outage");
  await page.getByLabel("Frontend", { exact: true }).selectOption("degraded_performance");
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: INCIDENT })).toBeVisible();
  const adminUrl = page.url();
  await expectPublic(page, "Major Service Outage", "investigating");

  for (const step of TIMELINE) {
    await page.goto(adminUrl);
    await page.getByLabel("New status").selectOption(step.status);
    await page.getByLabel("Message (markdown)").fill(step.message);
    for (const [name, status] of Object.entries(step.components ?? {})) await page.getByLabel(name, { exact: true }).selectOption(status);
    await page.getByRole("button", { name: "Post update" }).click();
    await expect(page.locator("[data-update-status]").first()).toContainText(step.message);
    await expectPublic(page, "Major Service Outage", step.status);
  }

  await page.goto(adminUrl);
  await page.getByLabel("New status").selectOption("resolved");
  await page.getByLabel("Message (markdown)").fill("Services restored: the Backend API and MCP server answer normally again.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.locator("[data-update-status]").first()).toContainText("Services restored");
  await expectPublic(page, "All Systems Operational", "resolved");

  await page
    .getByLabel("Postmortem (markdown)")
    .fill('# BMAD-DEPLOY-001\n\nA migration pinned `CREATE EXTENSION "vector" WITH VERSION "0.5.1"`.');
  await page.getByRole("button", { name: "Publish postmortem" }).click();
  await expectPublic(page, "All Systems Operational", "postmortem");

  await page.goto("/");
  await page.getByRole("link", { name: INCIDENT }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: INCIDENT })).toBeVisible();
  const statuses = await page
    .locator("[data-update-status]")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-update-status")));
  expect(statuses).toEqual(["resolved", "monitoring", "identified", "identified", "identified", "investigating", "investigating"]);
  await expect(page.getByRole("heading", { name: "BMAD-DEPLOY-001" })).toBeVisible();
});
