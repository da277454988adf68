import { publicRule } from "@/lib/page-access/access-rule";
import { PUBLIC_MODEL_FORMAT, type PublicModel } from "@/lib/public-model/model";

// Tests and benches: a public model of the size bench/support/seed-at-scale.ts writes to the store (200 components in
// 10 groups, 10,000 incidents of 5 updates over two years, two status changes each, monitored components), built in
// memory in the model's own shape, so the views can be timed and compared without a database.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function modelAtScale(
  asOf: Date,
  scale = { components: 200, groups: 10, incidents: 10_000, updatesPerIncident: 5, days: 730 },
): PublicModel {
  const at = asOf.getTime();
  const step = (scale.days * DAY) / scale.incidents;
  const components = Array.from({ length: scale.components }, (_, k) => {
    const c = k + 1;
    return {
      id: `c${c}`,
      slug: `component-${c}`,
      name: `Component ${c}`,
      description: null,
      status: "operational" as const,
      position: c,
      groupId: `g${1 + (c % scale.groups)}`,
      startDate: new Date(at - 3 * 365 * DAY),
      showcase: true,
      onlyShowIfDegraded: false,
      createdAt: new Date(at - 3 * 365 * DAY),
      updatedAt: asOf,
      monitored: true,
    };
  });
  const statuses = ["investigating", "identified", "identified", "monitoring", "resolved"] as const;
  const impacts = ["minor", "major", "critical"] as const;
  const incidents = Array.from({ length: scale.incidents }, (_, k) => {
    const i = k + 1;
    const startedAt = new Date(at - i * step);
    const updates = Array.from({ length: scale.updatesPerIncident }, (_, u) => {
      const displayAt = new Date(startedAt.getTime() + (u + 1) * 10 * MINUTE);
      return {
        id: `u${i}_${u + 1}`,
        status: statuses[u % statuses.length],
        body: `Update ${u + 1} of incident ${i}: ${"We are looking into it. ".repeat(8)}`,
        displayAt,
        createdAt: displayAt,
        updatedAt: asOf,
        deliverNotifications: true,
        componentChanges: [],
      };
    }).reverse();
    return {
      id: `i${i}`,
      name: `Incident ${i}`,
      status: "resolved" as const,
      impact: impacts[i % 3],
      startedAt,
      identifiedAt: null,
      monitoringAt: null,
      resolvedAt: new Date(startedAt.getTime() + 60 * MINUTE),
      postmortemBody: null,
      postmortemPublishedAt: null,
      createdAt: startedAt,
      updatedAt: asOf,
      componentIds: [`c${1 + (i % scale.components)}`],
      updates,
    };
  });
  const windowStart = at - 92 * DAY;
  const statusChanges = incidents
    .filter((incident) => incident.startedAt.getTime() >= windowStart)
    .flatMap((incident) => [
      { componentId: incident.componentIds[0], status: "partial_outage" as const, changedAt: incident.startedAt },
      { componentId: incident.componentIds[0], status: "operational" as const, changedAt: incident.resolvedAt },
    ])
    .sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
  const today = Math.floor(at / DAY) * DAY;
  const dailyChecks = components.flatMap((c, k) =>
    Array.from({ length: 92 }, (_, d) => ({
      componentId: c.id,
      periodStart: new Date(today - d * DAY),
      checks: 1440,
      failures: (d + k) % 7,
    })),
  );
  return {
    format: PUBLIC_MODEL_FORMAT,
    asOf,
    page: {
      id: "page",
      name: "Bench",
      url: "http://localhost",
      timeZone: "UTC",
      description: null,
      logoUrl: null,
      access: publicRule("page"),
      showSlaTable: false,
      updatedAt: asOf,
    },
    lastAuditAt: null,
    groups: Array.from({ length: scale.groups }, (_, k) => ({
      id: `g${k + 1}`,
      name: `Group ${k + 1}`,
      description: null,
      position: (k + 1) * 100,
      createdAt: asOf,
      updatedAt: asOf,
    })),
    components,
    incidents,
    maintenances: [],
    statusChanges,
    dailyChecks,
    last24hChecks: Object.fromEntries(components.map((c) => [c.id, { checks: 1440, failures: 1 }])),
    responsePeriods: components.flatMap((c) =>
      Array.from({ length: 24 }, (_, h) => ({
        componentId: c.id,
        granularity: "hour" as const,
        periodStart: new Date(at - (h + 1) * 60 * MINUTE),
        checks: 60,
        failures: 0,
        p50Ms: 120,
        p95Ms: 300,
      })),
    ),
  };
}

/** The model after one more update to its newest incident: a new model sharing every other part and incident. */
export function withIncidentUpdate(model: PublicModel, body: string, at: Date): PublicModel {
  const [first, ...rest] = model.incidents;
  const update = { ...first.updates[0], id: `${first.id}_${at.getTime()}`, body, displayAt: at, createdAt: at, updatedAt: at };
  return { ...model, asOf: at, incidents: [{ ...first, updatedAt: at, updates: [update, ...first.updates] }, ...rest] };
}
