import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { type APIRequestContext, expect, test } from "@playwright/test";
import pg from "pg";
import { PUBLIC_ROUTES as ROUTE_TABLE } from "../front-server/public-routes";
import { OUTAGE } from "./support/servers";
import { signInAsOwner } from "./support/sign-in";

// A status page is read hardest when everything else fails, its own database included. These journeys cut and
// freeze Beacon's link to Postgres (e2e/support/outage-harness.ts) and check what readers and admins get.

// Each journey waits out real timeouts (the breaker's, the 2 s probe's) on a machine shared with seven servers.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const PUBLIC_ROUTES = ["/", "/history", "/badge.svg", "/api/v2/summary.json", "/api/v2/status.json", "/history.atom", "/embed"];
const control = (request: APIRequestContext, action: "cut" | "freeze" | "restore" | "restart") =>
  request.post(`http://127.0.0.1:${OUTAGE.controlPort}/${action}`, { timeout: 120_000 });

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${OUTAGE.database}` });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function issueToken(): Promise<string> {
  const token = `bcn_${randomBytes(32).toString("base64url")}`;
  await sql(
    `INSERT INTO "ApiToken" ("id", "name", "tokenHash", "prefix", "scopes", "createdById")
     SELECT $1, 'outage journey', $2, $3, ARRAY['incidents:write'], "id" FROM "User" ORDER BY "createdAt" LIMIT 1`,
    [`outage_${randomBytes(6).toString("hex")}`, createHash("sha256").update(token).digest("hex"), token.slice(0, 12)],
  );
  return token;
}

/** Waits until Beacon has noticed the outage (its probe runs every 2 s) and serves the stale surface. */
async function expectStaleSurface(request: APIRequestContext) {
  await expect(async () => {
    const answer = await request.get("/", { timeout: 5_000 });
    expect(answer.headers()["x-beacon-surface"]).toBe("stale");
  }).toPass({ timeout: 20_000 });
}

async function expectEveryPublicRouteServesTheLastState(request: APIRequestContext, incidentName: string) {
  for (const route of PUBLIC_ROUTES) {
    const answer = await request.get(route, { timeout: 5_000 });
    expect(answer.status(), route).toBe(200);
  }
  const page = await (await request.get("/")).text();
  expect(page).toContain("live updates paused");
  const summary = await (await request.get("/api/v2/summary.json")).json();
  expect(summary.stale).toEqual({ status_as_of: expect.any(String), message: expect.stringContaining("live updates paused") });
  expect(summary.incidents.map((i: { name: string }) => i.name)).toContain(incidentName);
}

/** Admin pages while the store is down: a clear 503 page, never a 500, the sign-in page included. */
async function expectAdminStoreUnavailable(request: APIRequestContext) {
  for (const path of ["/admin", "/admin/login", "/admin/incidents"]) {
    const answer = await request.get(path, { timeout: 10_000, maxRedirects: 0 });
    expect(answer.status(), path).toBe(503);
    const text = await answer.text();
    expect(text, path).toContain("The incident store is unavailable");
    expect(text, path).toContain("the public page keeps serving the last known state");
  }
}

/** Where the harness's Beacon keeps its public model (BEACON_DATA_DIR=.e2e-data/outage). */
const MODEL_FILE = ".e2e-data/outage/public-surface/public-model.json";

/** Every public route of the front server's table, with its representative query variants: [url, expected status]. */
async function everyPublicUrl(): Promise<[string, number][]> {
  const [incident] = await sql<{ id: string }>(`SELECT id FROM "Incident" ORDER BY "startedAt" LIMIT 1`);
  const [maintenance] = await sql<{ id: string }>(`SELECT id FROM "ScheduledMaintenance" ORDER BY "scheduledFor" LIMIT 1`);
  const [component] = await sql<{ slug: string }>(`SELECT slug FROM "Component" WHERE showcase ORDER BY position LIMIT 1`);
  const fill = (url: string) =>
    url.replace("{incident}", incident.id).replace("{maintenance}", maintenance.id).replace("{component}", component.slug);
  return ROUTE_TABLE.flatMap((route) => [
    ...route.samples.map((url): [string, number] => [fill(url), 200]),
    ...(route.missing ?? []).map((url): [string, number] => [fill(url), 404]),
  ]);
}

/** Waits until Beacon noticed the outage, asking a URL of its own (a label no listed URL uses) to warm nothing listed. */
async function expectOutageNoticed(request: APIRequestContext) {
  await expect(async () => {
    const answer = await request.get(`/badge.json?label=probe-${randomBytes(4).toString("hex")}`, { timeout: 5_000 });
    expect(answer.headers()["x-beacon-surface"]).toBe("stale");
  }).toPass({ timeout: 30_000 });
}

/** Every URL of the table, none requested before, answers from the model: its status, marked stale, notice on pages. */
async function expectEveryUrlFromTheModel(request: APIRequestContext) {
  const failures: string[] = [];
  for (const [url, status] of await everyPublicUrl()) {
    const answer = await request.get(url, { timeout: 10_000 });
    const type = answer.headers()["content-type"] ?? "";
    const body = await answer.text();
    if (answer.status() !== status) failures.push(`${url}: ${answer.status()}, expected ${status}`);
    if (answer.headers()["x-beacon-surface"] !== "stale") failures.push(`${url}: x-beacon-surface ${answer.headers()["x-beacon-surface"]}`);
    if (status === 200 && type.startsWith("text/html") && !body.includes("live updates paused")) failures.push(`${url}: no stale notice`);
    if (url.startsWith("/api/v2/") && !url.includes("response-times") && status === 200 && !("stale" in JSON.parse(body)))
      failures.push(`${url}: no stale field`);
  }
  expect(failures).toEqual([]);
}

async function withLink(request: APIRequestContext, outage: "cut" | "freeze", check: () => Promise<void>) {
  await control(request, outage);
  try {
    await check();
  } finally {
    await control(request, "restore");
  }
}

test("Postgres stopped: every URL of the route table, never requested, answers from the model, marked stale", async ({ request }) => {
  test.setTimeout(180_000);
  await expect.poll(() => existsSync(MODEL_FILE), { timeout: 60_000 }).toBe(true);
  await withLink(request, "cut", async () => {
    await expectOutageNoticed(request);
    await expectEveryUrlFromTheModel(request);
  });
});

test("Postgres frozen: every URL of the route table, never requested since a restart, answers from the model", async ({ request }) => {
  test.setTimeout(180_000);
  await control(request, "restart");
  // Listening comes before the store is open (the model on disk answers meanwhile): freeze only once it is.
  await expect(async () => {
    const answer = await request.get(`/badge.json?label=ready-${randomBytes(4).toString("hex")}`, { timeout: 5_000 });
    expect(answer.headers()["x-beacon-surface"]).toBe("prepared");
  }).toPass({ timeout: 60_000 });
  await withLink(request, "freeze", async () => {
    await expectOutageNoticed(request);
    await expectEveryUrlFromTheModel(request);
  });
});

test("restarted while Postgres is stopped: every URL of the route table answers from the model on disk within 5 s", async ({ request }) => {
  test.setTimeout(180_000);
  await withLink(request, "cut", async () => {
    await control(request, "restart"); // returns once Beacon listens
    const listeningAt = Date.now();
    const first = await request.get("/", { timeout: 10_000 });
    expect(first.status()).toBe(200);
    expect(Date.now() - listeningAt).toBeLessThan(5_000);
    await expectEveryUrlFromTheModel(request);
  });
  await expect(async () => {
    expect((await request.get("/")).headers()["x-beacon-surface"]).toBe("prepared");
  }).toPass({ timeout: 30_000 });
});

test("restarted while Postgres is frozen (it accepts connections, answers nothing): served from disk, never exits", async ({ request }) => {
  test.setTimeout(180_000);
  // What the page says now, before the restart; during the freeze the store never opens.
  const { indicator } = (await (await request.get("/api/v2/status.json")).json()).status;
  await withLink(request, "freeze", async () => {
    await control(request, "restart"); // returns once Beacon listens
    const listeningAt = Date.now();
    const first = await request.get("/", { timeout: 10_000 });
    expect(first.status()).toBe(200);
    expect(await first.text()).toContain(`data-indicator="${indicator}"`); // the current status, from the model kept on disk
    expect(Date.now() - listeningAt).toBeLessThan(5_000);
    // Opening and migrating time out again and again meanwhile; Beacon keeps serving rather than stopping.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const later = await request.get("/api/v2/summary.json", { timeout: 10_000 });
    expect(later.status()).toBe(200);
    expect(later.headers()["x-beacon-surface"]).toBe("stale");
  });
  await expect(async () => {
    expect((await request.get("/")).headers()["x-beacon-surface"]).toBe("prepared");
  }).toPass({ timeout: 60_000 });
});

let token: string;
const OPEN_INCIDENT = "Checkout API: elevated errors";

test("before the outage: an open incident is on every public route, without a stale notice", async ({ request }) => {
  token = await issueToken();
  const created = await request.post("/api/admin/v1/incidents", {
    headers: { authorization: `Bearer ${token}` },
    data: { name: OPEN_INCIDENT, impact: "major", status: "investigating", message: "We are looking into errors at checkout." },
  });
  expect(created.status()).toBe(201);
  await expect(async () => {
    const summary = await (await request.get("/api/v2/summary.json")).json();
    expect(summary.incidents.map((i: { name: string }) => i.name)).toContain(OPEN_INCIDENT);
    expect(summary.stale).toBeUndefined();
  }).toPass({ timeout: 10_000 });
  for (const route of PUBLIC_ROUTES) expect((await request.get(route)).status(), route).toBe(200);
});

test("Postgres frozen: readers get the last state marked stale; an admin's write is refused with nothing saved", async ({
  page,
  request,
}) => {
  await signInAsOwner(page);
  await page.goto("/admin/incidents/new");
  await page.getByLabel("Incident name").fill("Typed during the freeze");
  await page.getByLabel("First update (markdown)").fill("A long careful message the admin must not lose.");
  await control(request, "freeze");
  try {
    await page.getByRole("button", { name: "Open incident" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "nothing was saved" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Incident name")).toHaveValue("Typed during the freeze");
    await expect(page.getByLabel("First update (markdown)")).toHaveValue("A long careful message the admin must not lose.");

    await expectStaleSurface(request);
    await expectEveryPublicRouteServesTheLastState(request, OPEN_INCIDENT);
    await expectAdminStoreUnavailable(request);
    const admin = await page.context().newPage(); // signed in: the session check would need the store
    const adminAnswer = await admin.goto("/admin/incidents", { timeout: 10_000 });
    expect(adminAnswer?.status()).toBe(503);
    await expect(admin.getByRole("heading", { name: "The incident store is unavailable" })).toBeVisible();
    const reader = await page.context().newPage();
    await reader.goto("/", { timeout: 10_000 });
    // The notice at the top of the page (not only the footer's "Live updates paused"), after hydration too.
    await expect(
      reader
        .getByRole("status")
        .filter({ hasText: /Status as of \d\d:\d\d/ })
        .first(),
    ).toBeVisible();
    await expect(reader.locator("footer, [data-live-updates]").getByText("Live updates paused").first()).toBeVisible();

    const refused = await request.post("/api/admin/v1/incidents", {
      headers: { authorization: `Bearer ${token}` },
      data: { name: "Written during the freeze", impact: "minor", status: "investigating", message: "Should not be saved." },
      timeout: 30_000,
    });
    expect(refused.status()).toBe(503);
    expect((await refused.json()).error).toMatchObject({
      code: "store_unavailable",
      message: expect.stringContaining("nothing was saved"),
    });
  } finally {
    await control(request, "restore");
  }
  await expect(async () => {
    expect((await request.get("/")).headers()["x-beacon-surface"]).toBe("prepared");
  }).toPass({ timeout: 20_000 });
  expect(await sql(`SELECT 1 FROM "Incident" WHERE "name" IN ('Written during the freeze', 'Typed during the freeze')`)).toHaveLength(0);
});

test("Postgres stopped, then back: readers keep the last state, and a write after recovery shows up without a restart", async ({
  request,
}) => {
  await control(request, "cut");
  try {
    await expectStaleSurface(request);
    await expectEveryPublicRouteServesTheLastState(request, OPEN_INCIDENT);
    await expectAdminStoreUnavailable(request);
    const refused = await request.post("/api/admin/v1/incidents", {
      headers: { authorization: `Bearer ${token}` },
      data: { name: "Written while stopped", impact: "minor", status: "investigating", message: "Should not be saved." },
      timeout: 30_000,
    });
    expect(refused.status()).toBe(503);
  } finally {
    await control(request, "restore");
  }
  await expect(async () => {
    const created = await request.post("/api/admin/v1/incidents", {
      headers: { authorization: `Bearer ${token}` },
      data: { name: "Written after recovery", impact: "minor", status: "investigating", message: "Saved." },
    });
    expect(created.status()).toBe(201);
  }).toPass({ timeout: 30_000 });
  await expect(async () => {
    const summary = await (await request.get("/api/v2/summary.json")).json();
    expect(summary.incidents.map((i: { name: string }) => i.name)).toContain("Written after recovery");
    expect(summary.stale).toBeUndefined();
  }).toPass({ timeout: 10_000 });
  expect(await sql(`SELECT 1 FROM "Incident" WHERE "name" = 'Written while stopped'`)).toHaveLength(0);
});

test("restarted while Postgres is down, Beacon serves the last state it kept on disk", async ({ request }) => {
  test.setTimeout(180_000);
  // The model is written to disk once changes pause for 3 s (lib/public-model/hold.ts): wait until it holds the write.
  await expect
    .poll(() => existsSync(MODEL_FILE) && readFileSync(MODEL_FILE, "utf8").includes("Written after recovery"), { timeout: 40_000 })
    .toBe(true);
  await control(request, "cut");
  try {
    await control(request, "restart");
    const answer = await request.get("/", { timeout: 10_000 });
    expect(answer.status()).toBe(200);
    expect(answer.headers()["x-beacon-surface"]).toBe("stale");
    expect(await answer.text()).toContain("Written after recovery");
    const summary = await (await request.get("/api/v2/summary.json")).json();
    expect(summary.stale).toBeDefined();
  } finally {
    await control(request, "restore");
  }
  await expect(async () => {
    expect((await request.get("/")).headers()["x-beacon-surface"]).toBe("prepared");
  }).toPass({ timeout: 30_000 });
});
