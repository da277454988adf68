import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, V2_ROUTES } from "@/e2e/support/v2-routes";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { createContractValidator } from "./testing/contract";

const errorsOf = createContractValidator();
const LISTS = ["components", "incidents", "scheduled_maintenances"];

// A fresh install before anyone configured anything: clients must still get whole documents, lists as [].
describe.each(DATABASE_KINDS)("the Statuspage v2 API on an empty %s store", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openEmptyDatabase(kind);
    await migrateDatabase(opened.db);
    provideDatabase(opened.db);
    dispose = opened.dispose;
  });
  afterAll(() => dispose());

  for (const route of V2_ROUTES) {
    it(`${route.path} matches its JSON Schema, every list []`, async () => {
      const response = await get(route);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(errorsOf(route.schema, body)).toEqual([]);
      for (const key of LISTS.filter((k) => k in body)) expect(body[key]).toEqual([]);
    });
  }

  it("summary.json is the default page, all systems operational, dated by a fixed time so its ETag holds", async () => {
    const summary = get(V2_ROUTES[0]);
    expect(await (await summary).json()).toEqual({
      page: { id: "page", name: "Status", url: "http://localhost:3000", time_zone: "UTC", updated_at: "1970-01-01T00:00:00.000Z" },
      components: [],
      incidents: [],
      scheduled_maintenances: [],
      status: { indicator: "none", description: "All Systems Operational" },
    });
    const [first, second] = await Promise.all([get(V2_ROUTES[0]), get(V2_ROUTES[0])]);
    expect(first.headers.get("etag")).toBe(second.headers.get("etag"));
  });
});
