import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monitorFormInput } from "@/app/admin/(console)/monitors/form-input";
import { monitorFormValues } from "@/components/monitors/monitor-form-values";
import { getPrisma } from "@/lib/db/boot";
import { monitorLocationBreakdown } from "@/lib/probes/location-breakdown";
import { createProbeLocation } from "@/lib/probes/locations";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { formOf } from "@/lib/testing/form-of";
import { createMonitor } from "./create";
import { updateMonitor } from "./update";

// The admin's monitor form for the newer kinds and for placement: what it sends is what the write API would store.

const ADMIN = { type: "user" as const, id: "admin", label: "admin@beacon.local" };

describe.each(DATABASE_KINDS)("the monitor form on %s", (kind) => {
  let dispose: () => Promise<void>;
  let componentId: string;
  let locationId: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    const prisma = await getPrisma();
    componentId = (await prisma.component.findFirstOrThrow({ where: { slug: "backend-api" } })).id;
    const made = await createProbeLocation(prisma, ADMIN, { name: "eu-west" });
    if (!made.ok) throw new Error(made.error.message);
    locationId = made.data.location.id;
  }, 120_000);
  afterAll(() => dispose());

  const common = { intervalSeconds: "60", timeoutMs: "5000", failureThreshold: "3", recoveryThreshold: "2" };

  it("adds a DNS monitor on chosen probe locations with a quorum, and the edit form starts from it", async () => {
    const form = formOf({
      ...common,
      componentId,
      name: "API name",
      kind: "dns",
      host: "api.example.com",
      dnsRecordType: "AAAA",
      dnsResolver: "",
      expectedValue: "/^2001:db8:/",
      placement: "locations",
      locationIds: [locationId],
      quorum: "1",
    });
    const created = await createMonitor(ADMIN, monitorFormInput(form));
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.data.monitor).toMatchObject({
      kind: "dns",
      dnsRecordType: "AAAA",
      dnsResolver: null,
      expectedValue: "/^2001:db8:/",
      placement: "locations",
      locationIds: [locationId],
      quorum: 1,
    });
    expect(monitorFormValues(created.data.monitor)).toMatchObject({ placement: "locations", locationIds: locationId, quorum: "1" });

    // Its page shows what each location saw over 24 h; a built-in monitor has no per-location view.
    const monitorId = created.data.monitor.id;
    const now = new Date();
    const prisma = await getPrisma();
    await prisma.probeResult.createMany({
      data: [
        {
          monitorId,
          locationId,
          dueAt: new Date(now.getTime() - 120_000),
          startedAt: new Date(now.getTime() - 120_000),
          ok: true,
          responseTimeMs: 40,
        },
        {
          monitorId,
          locationId,
          dueAt: new Date(now.getTime() - 60_000),
          startedAt: new Date(now.getTime() - 60_000),
          ok: false,
          error: "NXDOMAIN",
        },
        {
          monitorId,
          locationId,
          dueAt: new Date(now.getTime() - 25 * 3_600_000),
          startedAt: new Date(now.getTime() - 25 * 3_600_000),
          ok: false,
        },
      ],
    });
    expect(await monitorLocationBreakdown(monitorId, now)).toMatchObject([
      { name: "eu-west", checks: 2, failed: 1, uptimePercent: 50, p50Ms: 40, last: { ok: false, error: "NXDOMAIN" } },
    ]);
  });

  it("a TLS monitor and an HTTP keyword-absent monitor are added from the form; an unknown location is refused", async () => {
    const tls = await createMonitor(
      ADMIN,
      monitorFormInput(formOf({ ...common, componentId, name: "Cert", kind: "tls", host: "www.example.com", tlsExpiryWarnDays: "21" })),
    );
    expect(tls).toMatchObject({ ok: true, data: { monitor: { kind: "tls", tlsExpiryWarnDays: 21, placement: "builtin" } } });
    if (tls.ok) expect(await monitorLocationBreakdown(tls.data.monitor.id)).toBeNull();
    const http = await createMonitor(
      ADMIN,
      monitorFormInput(
        formOf({
          ...common,
          componentId,
          name: "No error page",
          kind: "http",
          url: "https://www.example.com/",
          method: "GET",
          expectedStatusCodes: "200-299",
          keyword: "Internal Server Error",
          keywordAbsent: "on",
          placement: "all",
        }),
      ),
    );
    expect(http).toMatchObject({ ok: true, data: { monitor: { keywordAbsent: true, placement: "all" } } });
    const unknown = await createMonitor(
      ADMIN,
      monitorFormInput(
        formOf({ ...common, componentId, name: "Nowhere", kind: "tls", host: "a.example", placement: "locations", locationIds: "nope" }),
      ),
    );
    expect(unknown).toMatchObject({ ok: false, error: { fields: { locationIds: expect.any(Array) } } });
  });

  it("a Postgres monitor's connection string is kept when the edit form leaves it blank, and replaced when one is typed", async () => {
    const fields = { ...common, componentId, name: "Main database", kind: "postgres" };
    expect(await createMonitor(ADMIN, monitorFormInput(formOf(fields)))).toMatchObject({
      ok: false,
      error: { fields: { connectionString: expect.any(Array) } },
    });
    const created = await createMonitor(
      ADMIN,
      monitorFormInput(formOf({ ...fields, connectionString: "postgresql://monitor:secret@db.internal:5432/app" })),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = created.data.monitor.id;
    const prisma = await getPrisma();
    const sealed = (await prisma.monitor.findUniqueOrThrow({ where: { id } })).connectionSealed;
    expect(monitorFormValues(created.data.monitor).hasConnectionString).toBe("yes");

    const renamed = await updateMonitor(ADMIN, id, monitorFormInput(formOf({ ...fields, name: "Primary database", connectionString: "" })));
    expect(renamed).toMatchObject({ ok: true, data: { name: "Primary database", hasConnectionString: true } });
    expect((await prisma.monitor.findUniqueOrThrow({ where: { id } })).connectionSealed).toEqual(sealed);
    await updateMonitor(ADMIN, id, monitorFormInput(formOf({ ...fields, connectionString: "postgresql://other@db2.internal/app" })));
    expect((await prisma.monitor.findUniqueOrThrow({ where: { id } })).connectionSealed).not.toEqual(sealed);
  });
});
