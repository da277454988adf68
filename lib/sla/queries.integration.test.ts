import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { updatePageSettings } from "@/lib/page/update-settings";
import { loadPublicModel } from "@/lib/public-model/load";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { createComponent, createHttpMonitor } from "@/lib/testing/monitor-fixture";
import { publicSlaTable } from "./public-table";
import { getSlaReport } from "./queries";

// The SLA report read from the store: the demo's status history, and a monitored component's hourly rollups with a
// maintenance window left out.

const seededAt = new Date("2026-11-24T12:00:00Z");
const now = new Date("2026-11-24T13:00:00Z");

describe.each(DATABASE_KINDS)("the SLA report on %s", (kind) => {
  let dispose: () => Promise<void>;
  let monitoredId: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, seededAt));
    const prisma = await getPrisma();
    const component = await createComponent(prisma, "Checked API", { startDate: new Date("2026-10-01T00:00:00Z") });
    monitoredId = component.id;
    const monitor = await createHttpMonitor(prisma, component.id, "http://127.0.0.1:9/health");
    const rollup = (periodStart: string, checks: number, failures: number) => ({
      monitorId: monitor.id,
      granularity: "hour" as const,
      periodStart: new Date(periodStart),
      checks,
      failures,
    });
    await prisma.monitorRollup.createMany({
      data: [
        rollup("2026-11-02T10:00:00Z", 100, 0),
        rollup("2026-11-02T11:00:00Z", 100, 2),
        rollup("2026-11-03T02:00:00Z", 100, 100), // during the maintenance below
        { ...rollup("2026-11-02T00:00:00Z", 200, 200), granularity: "day" as const }, // daily rollups are not read
      ],
    });
    await prisma.scheduledMaintenance.create({
      data: {
        name: "Database upgrade",
        status: "completed",
        scheduledFor: new Date("2026-11-03T02:00:00Z"),
        scheduledUntil: new Date("2026-11-03T03:00:00Z"),
        startedAt: new Date("2026-11-03T02:00:00Z"),
        completedAt: new Date("2026-11-03T02:40:00Z"),
        components: { create: [{ componentId: component.id }] },
      },
    });
  });
  afterAll(() => dispose());

  it("gives every component 12 months; a monitored one from its hourly rollups without maintenance hours", async () => {
    const report = await getSlaReport(now);
    expect(report.months.at(-1)).toBe("2026-11");
    expect(report.rows.every((row) => row.months.length === 12)).toBe(true);
    const checked = report.rows.find((row) => row.componentId === monitoredId);
    expect(checked?.source).toBe("monitors");
    expect(checked?.months.at(-1)?.uptimePercent).toBeCloseTo(99, 6); // 198 of 200 checks; the maintenance hour left out
    expect(checked?.months.at(-2)?.uptimePercent).toBeNull();
  });

  it("measures the demo's components from their status history, the BMAD-DEPLOY-001 outage included", async () => {
    const report = await getSlaReport(now);
    const backend = report.rows.find((row) => row.componentName === "Backend API");
    expect(backend?.source).toBe("status_history");
    const november = backend?.months.at(-1)?.uptimePercent ?? 100;
    expect(november).toBeLessThan(100);
    expect(november).toBeGreaterThan(99);
  });

  it("the public model carries the monthly figures only while the page shows its SLA table (an audited admin toggle)", async () => {
    expect((await loadPublicModel(now)).sla).toBeNull(); // off by default
    const prisma = await getPrisma();
    const page = await prisma.pageSettings.findFirstOrThrow();
    const admin = { type: "user" as const, id: null, label: "olive@example.com" };
    const saved = await updatePageSettings(admin, { name: page.name, url: page.url, timeZone: page.timeZone, showSlaTable: true });
    expect(saved.ok).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "page_settings.update" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ showSlaTable: true });

    const model = await loadPublicModel(now);
    expect(model.page.showSlaTable).toBe(true);
    expect(model.sla).toEqual(await getSlaReport(now));
    const table = publicSlaTable(model.sla, model.components);
    expect(table?.months).toHaveLength(12);
    const checked = table?.rows.find((row) => row.componentId === monitoredId);
    expect(checked?.uptimePercent.at(-1)).toBeCloseTo(99, 6);
  });
});
