import { request as httpRequest } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Several pages (lib/pages), on servers of their own (embedded and Postgres): two more pages on two host names with
// overlapping components. An incident on the shared component shows on both, one on the internal component on the
// staff page only; both pages answer on their host and under /p/<slug>, and the default page's URLs are unchanged.

// Unique per attempt: a retry finds the first attempt's pages and incidents on the same server.
const RUN = Date.now().toString(36);
const CUSTOMERS = `customers-${RUN}.beacon.test`;
const STAFF = `staff-${RUN}.beacon.test`;
const SHARED_OUTAGE = `Shared outage ${RUN}`;
const INTERNAL_OUTAGE = `Internal outage ${RUN}`;

/** A GET to this server as if it were reached at `host` (both names resolve to it in production). */
function getAs(baseURL: string, host: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function createToken(page: Page) {
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill("Pages automation");
  for (const scope of ["incidents:write", "pages:write"]) await page.getByRole("checkbox", { name: new RegExp(`^${scope}`) }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  return page.getByLabel("API token Pages automation").inputValue();
}

/** This attempt's incident names in a v2 incidents document. */
const incidentNames = (body: string) =>
  (JSON.parse(body) as { incidents: { name: string }[] }).incidents.map((i) => i.name).filter((name) => name.endsWith(RUN));

test("two pages on two host names: a shared component's incident on both, an internal one's on one", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000); // a journey: sign-in, a token, two pages, two incidents, three page loads
  const base = baseURL!;
  const before = await request.get("/api/v2/summary.json");
  expect(before.status()).toBe(200);

  await signInAsOwner(page);
  const token = await createToken(page);
  const auth = { authorization: `Bearer ${token}` };
  const { components } = (await (await request.get("/api/v2/components.json")).json()) as {
    components: { id: string; name: string; group: boolean }[];
  };
  const [shared, internal] = components.filter((c) => !c.group);

  const customers = await request.post("/api/admin/v1/pages", {
    headers: auth,
    data: {
      name: `Acme for customers ${RUN}`,
      slug: `customers-${RUN}`,
      domains: [CUSTOMERS],
      canonicalDomain: CUSTOMERS,
      componentIds: [shared.id],
    },
  });
  expect(customers.status()).toBe(201);
  const staff = await request.post("/api/admin/v1/pages", {
    headers: auth,
    data: { name: `Acme for staff ${RUN}`, slug: `staff-${RUN}`, domains: [STAFF], componentIds: [shared.id, internal.id] },
  });
  expect(staff.status()).toBe(201);
  const taken = await request.post("/api/admin/v1/pages", {
    headers: auth,
    data: { name: "Again", slug: `again-${RUN}`, domains: [STAFF] },
  });
  expect(taken.status()).toBe(422);

  for (const [name, component] of [
    [SHARED_OUTAGE, shared],
    [INTERNAL_OUTAGE, internal],
  ] as const) {
    const opened = await request.post("/api/admin/v1/incidents", {
      headers: auth,
      data: {
        name,
        impact: "major",
        message: "Looking into it",
        componentStatuses: [{ componentId: component.id, status: "major_outage" }],
      },
    });
    expect(opened.status()).toBe(201);
  }

  // Each page on its own host name, read twice (the second from the prepared surface).
  await expect(async () => {
    const onCustomers = await getAs(base, CUSTOMERS, "/api/v2/incidents/unresolved.json");
    const onStaff = await getAs(base, STAFF, "/api/v2/incidents/unresolved.json");
    expect(incidentNames(onCustomers.body)).toEqual([SHARED_OUTAGE]);
    expect(incidentNames(onStaff.body).sort()).toEqual([INTERNAL_OUTAGE, SHARED_OUTAGE]);
  }).toPass({ timeout: 15_000 });
  const again = await getAs(base, CUSTOMERS, "/api/v2/incidents/unresolved.json");
  expect(again.headers["x-beacon-surface"]).toBe("prepared");
  expect(incidentNames(again.body)).toEqual([SHARED_OUTAGE]);
  const summary = JSON.parse((await getAs(base, CUSTOMERS, "/api/v2/summary.json")).body) as { page: { name: string; url: string } };
  expect(summary.page).toMatchObject({ name: `Acme for customers ${RUN}`, url: `https://${CUSTOMERS}` });

  // The same pages under /p/<slug>; the default page still shows everything on its old URLs; an unknown slug is a 404.
  const under = async (path: string) => incidentNames(await (await request.get(path)).text()).sort();
  expect(await under(`/p/customers-${RUN}/api/v2/incidents/unresolved.json`)).toEqual([SHARED_OUTAGE]);
  expect(await under(`/p/staff-${RUN}/api/v2/incidents/unresolved.json`)).toEqual([INTERNAL_OUTAGE, SHARED_OUTAGE]);
  expect(await under("/api/v2/incidents/unresolved.json")).toEqual(expect.arrayContaining([INTERNAL_OUTAGE, SHARED_OUTAGE]));
  expect((await request.get("/p/nobody/history")).status()).toBe(404);

  // In the browser: the customers' page shows the shared incident only, and its links stay under /p/customers.
  await page.goto(`/p/customers-${RUN}`);
  await expect(
    page
      .getByRole("heading", { name: SHARED_OUTAGE })
      .or(page.getByRole("link", { name: SHARED_OUTAGE }))
      .first(),
  ).toBeVisible();
  await expect(page.getByText(INTERNAL_OUTAGE)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "History", exact: true })).toHaveAttribute("href", `/p/customers-${RUN}/history`);
  await page.goto(`/p/staff-${RUN}`);
  await expect(page.getByText(INTERNAL_OUTAGE).first()).toBeVisible();
  await page.goto("/");
  await expect(page.getByText(INTERNAL_OUTAGE).first()).toBeVisible();

  // The admin area lists the three pages.
  await page.goto("/admin/pages");
  for (const name of [`Acme for customers ${RUN}`, `Acme for staff ${RUN}`]) await expect(page.getByRole("link", { name })).toBeVisible();
});
