import { publicRule } from "@/lib/page-access/access-rule";
import { PUBLIC_MODEL_FORMAT, type PublicModel } from "@/lib/public-model/model";

// Tests only: a small public model, as the store would give it at `asOf`.

const at = (iso: string) => new Date(iso);
export const FIXTURE_AS_OF = at("2026-11-24T12:00:00Z");

const component = (id: string, name: string, position: number, extra: Partial<PublicModel["components"][number]> = {}) => ({
  id,
  slug: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  description: null,
  status: "operational" as const,
  position,
  groupId: null,
  startDate: at("2026-01-01T00:00:00Z"),
  showcase: true,
  onlyShowIfDegraded: false,
  createdAt: at("2026-01-01T00:00:00Z"),
  updatedAt: at("2026-01-01T00:00:00Z"),
  monitored: false,
  ...extra,
});

const update = (id: string, status: "investigating" | "identified" | "resolved", displayAt: string, body: string) => ({
  id,
  status,
  body,
  displayAt: at(displayAt),
  createdAt: at(displayAt),
  updatedAt: at(displayAt),
  deliverNotifications: true,
  componentChanges: [],
});

/** An API that is degraded by an open incident, a hidden component, 25 resolved incidents, and one maintenance. */
export function modelFixture(): PublicModel {
  const old = Array.from({ length: 25 }, (_, i) => {
    const day = String(i + 1).padStart(2, "0");
    return {
      id: `old${day}`,
      name: `Old incident ${day}`,
      status: "resolved" as const,
      impact: "minor" as const,
      startedAt: at(`2026-10-${day}T10:00:00Z`),
      identifiedAt: null,
      monitoringAt: null,
      resolvedAt: at(`2026-10-${day}T11:00:00Z`),
      postmortemBody: null,
      postmortemPublishedAt: null,
      createdAt: at(`2026-10-${day}T10:00:00Z`),
      updatedAt: at(`2026-10-${day}T11:00:00Z`),
      componentIds: ["api"],
      updates: [
        update(`old${day}-2`, "resolved", `2026-10-${day}T11:00:00Z`, "Fixed."),
        update(`old${day}-1`, "investigating", `2026-10-${day}T10:00:00Z`, "Looking."),
      ],
    };
  }).reverse();
  return {
    format: PUBLIC_MODEL_FORMAT,
    asOf: FIXTURE_AS_OF,
    page: {
      id: "page",
      name: "Acme",
      url: "https://status.acme.test",
      timeZone: "UTC",
      description: null,
      logoUrl: null,
      showSlaTable: false,
      updatedAt: at("2026-11-01T00:00:00Z"),
      access: publicRule("page"),
    },
    lastAuditAt: at("2026-11-24T11:00:00Z"),
    groups: [
      { id: "g1", name: "Core Services", description: null, position: 1, createdAt: FIXTURE_AS_OF, updatedAt: at("2026-01-01T00:00:00Z") },
    ],
    components: [
      component("api", "Public API", 1, { groupId: "g1", status: "degraded_performance", monitored: true }),
      component("web", "Website", 2),
      component("internal", "Internal Tool", 3, { showcase: false }),
    ],
    incidents: [
      {
        id: "open1",
        name: "Slow API",
        status: "identified",
        impact: "major",
        startedAt: at("2026-11-24T10:00:00Z"),
        identifiedAt: at("2026-11-24T10:30:00Z"),
        monitoringAt: null,
        resolvedAt: null,
        postmortemBody: "## What happened",
        postmortemPublishedAt: at("2026-11-24T11:30:00Z"),
        createdAt: at("2026-11-24T10:00:00Z"),
        updatedAt: at("2026-11-24T10:30:00Z"),
        componentIds: ["api", "internal"],
        updates: [
          {
            ...update("open1-2", "identified", "2026-11-24T10:30:00Z", "Found the cause."),
            componentChanges: [
              { componentId: "api", componentName: "Public API", oldStatus: "major_outage", newStatus: "degraded_performance" },
            ],
          },
          update("open1-1", "investigating", "2026-11-24T10:00:00Z", "Looking into it."),
        ],
      },
      ...old,
    ],
    maintenances: [
      {
        id: "m1",
        name: "Database upgrade",
        status: "scheduled",
        scheduledFor: at("2026-11-25T02:00:00Z"),
        scheduledUntil: at("2026-11-25T04:00:00Z"),
        startedAt: null,
        completedAt: null,
        createdAt: at("2026-11-20T00:00:00Z"),
        updatedAt: at("2026-11-20T00:00:00Z"),
        componentIds: ["web", "api"],
        updates: [
          {
            id: "m1-1",
            status: "scheduled",
            body: "We will upgrade.",
            displayAt: at("2026-11-20T00:00:00Z"),
            createdAt: at("2026-11-20T00:00:00Z"),
            updatedAt: at("2026-11-20T00:00:00Z"),
          },
        ],
      },
    ],
    statusChanges: [
      { componentId: "api", status: "major_outage", changedAt: at("2026-11-24T10:00:00Z") },
      { componentId: "api", status: "degraded_performance", changedAt: at("2026-11-24T10:30:00Z") },
    ],
    dailyChecks: [{ componentId: "api", periodStart: at("2026-11-23T00:00:00Z"), checks: 100, failures: 10 }],
    last24hChecks: { api: { checks: 100, failures: 10 } },
    responsePeriods: [
      { componentId: "api", granularity: "hour", periodStart: at("2026-11-24T11:00:00Z"), checks: 60, failures: 0, p50Ms: 120, p95Ms: 300 },
      {
        componentId: "api",
        granularity: "day",
        periodStart: at("2026-11-23T00:00:00Z"),
        checks: 1440,
        failures: 3,
        p50Ms: 110,
        p95Ms: 280,
      },
    ],
  };
}

/** The model with a maintenance completed on 2026-10-20 (12:00–12:40 UTC) on the API and the website. */
export function withCompletedMaintenance(model: PublicModel): PublicModel {
  const update = (id: string, status: "scheduled" | "in_progress" | "completed", displayAt: string, body: string) => ({
    id,
    status,
    body,
    displayAt: at(displayAt),
    createdAt: at(displayAt),
    updatedAt: at(displayAt),
  });
  model.maintenances.push({
    id: "done1",
    name: "Network switch swap",
    status: "completed",
    scheduledFor: at("2026-10-20T12:00:00Z"),
    scheduledUntil: at("2026-10-20T13:00:00Z"),
    startedAt: at("2026-10-20T12:00:00Z"),
    completedAt: at("2026-10-20T12:40:00Z"),
    createdAt: at("2026-10-10T00:00:00Z"),
    updatedAt: at("2026-10-20T12:40:00Z"),
    componentIds: ["web", "api"],
    updates: [
      update("done1-3", "completed", "2026-10-20T12:40:00Z", "Scheduled maintenance has completed."),
      update("done1-2", "in_progress", "2026-10-20T12:00:00Z", "Scheduled maintenance is in progress."),
      update("done1-1", "scheduled", "2026-10-10T00:00:00Z", "We will swap the core switch."),
    ],
  });
  return model;
}
