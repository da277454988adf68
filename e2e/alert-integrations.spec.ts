import { expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// An owner connects a generic JSON sender, writes a rule, and reviews the draft incident its alert opens; the public
// API shows the incident only once it is published, and the resolved alert brings the component back.

const NAME = "Deploy pipeline";
const TITLE = "Search deploy failed";
const alert = (state: string, component = "search") => ({ events: [{ key: "deploy-7", state, headline: TITLE, tags: { component } }] });

test("a generic sender's alert opens a draft an owner publishes with one click; resolving brings the component back", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInAsOwner(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Alert integrations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alert integrations" })).toBeVisible();

  await page.getByLabel("Name").fill(NAME);
  await page.getByLabel("Kind").selectOption("generic");
  await page
    .getByLabel("Mapping (generic JSON only)")
    .fill('{"alerts":"$.events","id":"$.key","status":"$.state","title":"$.headline","labels":"$.tags"}');
  await page.getByRole("button", { name: "Create integration" }).click();
  const secretUrl = await page.getByLabel("Secret URL").inputValue();
  const path = new URL(secretUrl).pathname;
  expect(path).toMatch(/^\/api\/integrations\/[^/]+\/whs_/);

  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(page.getByLabel("Secret URL")).toHaveCount(0);
  await page.getByRole("link", { name: NAME }).click();
  await page.getByLabel("Matchers").fill('component="search"');
  await page.getByLabel("Component or group").selectOption({ label: "Frontend" });
  await page.getByLabel("Status while firing").selectOption("degraded_performance");
  await page.getByLabel("Action").selectOption("draft_incident");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText('component="search"')).toBeVisible();

  // The rule is edited in place.
  const rule = page.getByRole("listitem").filter({ hasText: 'component="search"' });
  await expect(rule).toContainText("Degraded performance");
  await rule.getByText("Edit rule").click();
  await rule.getByLabel("Status while firing").selectOption("partial_outage");
  await rule.getByRole("button", { name: "Save rule" }).click();
  await expect(rule).toContainText("Partial outage");

  // A test alert says what Beacon would do, and does nothing.
  await page.getByLabel("Notification, as the sender posts it").fill(JSON.stringify(alert("firing")));
  await page.getByRole("button", { name: "Send test alert" }).click();
  await expect(page.getByRole("status", { name: "Test alert result" })).toContainText(
    `${TITLE} (firing): rule #0 → Frontend, Partial outage, open a draft incident`,
  );

  expect((await request.post(`${path.slice(0, -10)}XXXXXXXXXX`, { data: alert("firing") })).status()).toBe(401);
  const fired = await request.post(path, { data: alert("firing") });
  expect(fired.status()).toBe(200);
  const other = await request.post(path, {
    data: { events: [{ key: "x", state: "firing", headline: "Disk full", tags: { component: "billing" } }] },
  });
  expect(other.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { name: "1 alert matched no rule" })).toBeVisible();

  const publicNames = async () =>
    ((await (await request.get("/api/v2/incidents.json")).json()) as { incidents: { name: string }[] }).incidents.map((i) => i.name);
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "1 draft incident to review" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Draft incidents (1)" })).toBeVisible();
  expect(await publicNames()).not.toContain(TITLE);
  const frontend = async () =>
    ((await (await request.get("/api/v2/components.json")).json()) as { components: { name: string; status: string }[] }).components.find(
      (c) => c.name === "Frontend",
    )?.status;
  // A draft moves nothing public, not even the component's status.
  expect(await frontend()).toBe("operational");

  await page.getByRole("button", { name: `Publish ${TITLE}` }).click();
  await expect(page.getByRole("heading", { name: "Draft incidents (1)" })).toHaveCount(0);
  await expect.poll(publicNames, { timeout: 10_000 }).toContain(TITLE);
  await expect.poll(frontend, { timeout: 10_000 }).toBe("partial_outage");

  expect((await request.post(path, { data: alert("resolved") })).status()).toBe(200);
  await expect.poll(frontend, { timeout: 10_000 }).toBe("operational");
  const incidents = (await (await request.get("/api/v2/incidents.json")).json()) as { incidents: { name: string; status: string }[] };
  expect(incidents.incidents.find((i) => i.name === TITLE)?.status).toBe("monitoring");
});
