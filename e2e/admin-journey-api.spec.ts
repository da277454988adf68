import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Runs on the admin-journey server: a deploy pipeline drives an incident through the write API.

async function createToken(page: Page, name: string, scopes: string[]) {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill(name);
  for (const scope of scopes) await page.getByRole("checkbox", { name: new RegExp(`^${scope}`) }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel(`API token ${name}`).inputValue();
  expect(token).toMatch(/^bcn_/);
  return token;
}

test("a deploy pipeline runs an incident through the write API with a token", async ({ page, request }) => {
  test.setTimeout(120_000); // a journey: sign-in, two tokens, five writes, each followed on the public pages
  await signInAsOwner(page);
  const token = await createToken(page, "Deploy pipeline", ["incidents:write", "components:write"]);
  const componentsOnly = await createToken(page, "Health script", ["components:write"]);
  const auth = (t: string) => ({ authorization: `Bearer ${t}` });

  expect((await request.post("/api/admin/v1/incidents", { data: {} })).status()).toBe(401);
  expect((await request.post("/api/admin/v1/incidents", { headers: auth(componentsOnly), data: {} })).status()).toBe(403);
  const invalid = await request.post("/api/admin/v1/incidents", { headers: auth(token), data: { impact: "major", message: "x" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.fields.name).toBeTruthy();

  const created = await request.post("/api/admin/v1/incidents", {
    headers: auth(token),
    data: { name: "Deploy started: API v2.3", impact: "minor", message: "Deploy started", status: "monitoring" },
  });
  expect(created.status()).toBe(201);
  const { incident } = await created.json();

  const down = await request.put("/api/admin/v1/components/backend-api/status", {
    headers: auth(componentsOnly),
    data: { status: "major_outage" },
  });
  expect(down.status()).toBe(200);
  await page.goto("/");
  await expect(page.locator("#overall-status")).toHaveText("Major Service Outage");
  await expect(page.getByRole("link", { name: "Deploy started: API v2.3" }).first()).toBeVisible();

  // The BMAD-DEPLOY-001 steps, posted as a pipeline would; the public incident page follows each one.
  for (const [status, message] of [
    ["identified", "Root cause: Prisma P3018, pgvector 0.5.1 unavailable."],
    ["identified", "Fix implemented and committed."],
    ["monitoring", "Fix deployed; monitoring the redeploy."],
  ]) {
    const posted = await request.post(`/api/admin/v1/incidents/${incident.id}/updates`, {
      headers: auth(token),
      data: { status, message },
    });
    expect(posted.status()).toBe(201);
    await page.goto(`/incidents/${incident.id}`);
    await expect(page.locator("[data-incident-status]")).toHaveAttribute("data-incident-status", status);
    await expect(page.locator("[data-update-status]").first()).toContainText(message);
  }

  await request.put("/api/admin/v1/components/backend-api/status", { headers: auth(componentsOnly), data: { status: "operational" } });
  const resolved = await request.post(`/api/admin/v1/incidents/${incident.id}/resolve`, {
    headers: auth(token),
    data: { message: "Deploy finished" },
  });
  expect(resolved.status()).toBe(200);
  await page.goto(`/incidents/${incident.id}`);
  await expect(page.locator("[data-update-status]").first()).toContainText("Deploy finished");

  const openapi = await (await request.get("/api/openapi.json")).json();
  expect(Object.keys(openapi.paths)).toContain("/api/admin/v1/incidents");
});
