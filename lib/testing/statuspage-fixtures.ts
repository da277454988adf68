// Tests only: snapshot data for the pure renderers, every field set, overridable per test.
import type { SnapshotComponent, SnapshotIncident, SnapshotMaintenance, StatuspageSnapshot } from "@/lib/statuspage/snapshot";

export const t = (iso: string) => new Date(iso);

export const page = {
  id: "page",
  name: "Acme",
  url: "https://status.acme.test/",
  timeZone: "Pacific/Auckland",
  updatedAt: t("2026-01-01T00:00:00Z"),
};

export function component(id: string, extra: Partial<SnapshotComponent> = {}): SnapshotComponent {
  return {
    id,
    name: id.toUpperCase(),
    description: null,
    status: "operational",
    position: 0,
    groupId: null,
    startDate: t("2026-01-01T12:00:00Z"),
    showcase: true,
    onlyShowIfDegraded: false,
    createdAt: t("2026-01-01T00:00:00Z"),
    updatedAt: t("2026-01-02T00:00:00Z"),
    ...extra,
  };
}

export function incident(extra: Partial<SnapshotIncident> = {}): SnapshotIncident {
  const update = (id: string, at: string, changes = false) => ({
    id,
    status: "investigating" as const,
    body: id,
    displayAt: t(at),
    createdAt: t(at),
    updatedAt: t(at),
    deliverNotifications: true,
    componentChanges: changes
      ? [{ componentId: "api", componentName: "API", oldStatus: "operational" as const, newStatus: "major_outage" as const }]
      : [],
  });
  return {
    id: "inc1",
    name: "API down",
    status: "investigating",
    impact: "critical",
    startedAt: t("2026-02-01T10:00:00Z"),
    monitoringAt: null,
    resolvedAt: null,
    createdAt: t("2026-02-01T10:00:00Z"),
    updatedAt: t("2026-02-01T11:00:00Z"),
    componentIds: ["api"],
    updates: [update("first", "2026-02-01T10:00:00Z", true), update("second", "2026-02-01T11:00:00Z")],
    ...extra,
  };
}

/** Maintenance from `from` to `until` (ISO), scheduled unless said otherwise. */
export function maintenance(id: string, from: string, until: string, extra: Partial<SnapshotMaintenance> = {}): SnapshotMaintenance {
  return {
    id,
    name: `Maintenance ${id}`,
    status: "scheduled",
    scheduledFor: t(from),
    scheduledUntil: t(until),
    startedAt: null,
    completedAt: null,
    createdAt: t("2026-01-20T00:00:00Z"),
    updatedAt: t("2026-01-20T00:00:00Z"),
    componentIds: ["db"],
    updates: [
      {
        id: `${id}-u1`,
        status: "scheduled",
        body: "Planned.",
        displayAt: t("2026-01-20T00:00:00Z"),
        createdAt: t("2026-01-20T00:00:00Z"),
        updatedAt: t("2026-01-20T00:00:00Z"),
      },
    ],
    ...extra,
  };
}

export function snapshot(extra: Partial<StatuspageSnapshot> = {}): StatuspageSnapshot {
  return {
    asOf: t("2026-02-01T01:00:00Z"),
    page,
    groups: [
      {
        id: "core",
        name: "Core",
        description: null,
        position: 1,
        createdAt: t("2026-01-01T00:00:00Z"),
        updatedAt: t("2026-01-01T00:00:00Z"),
      },
      {
        id: "empty",
        name: "Empty",
        description: null,
        position: 3,
        createdAt: t("2026-01-01T00:00:00Z"),
        updatedAt: t("2026-01-01T00:00:00Z"),
      },
    ],
    components: [
      component("web", { position: 0 }),
      component("api", { groupId: "core", position: 0, status: "partial_outage" }),
      component("db", { groupId: "core", position: 1 }),
      component("cdn", { position: 2 }),
    ],
    incidents: [],
    maintenances: [],
    ...extra,
  };
}
