import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";

// Beacon's demo page: the real BMAD-DEPLOY-001 outage of CapLiquify, replayed relative to `now`.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoPageSettings {
  id: string;
  name: string;
  url: string;
  timeZone: string;
  description: string;
}

export interface DemoGroup {
  key: string;
  name: string;
  description: string;
  position: number;
}

export interface DemoComponent {
  slug: string;
  name: string;
  description: string;
  position: number;
  groupKey: string | null;
  startDate: Date;
  status: ComponentStatus;
}

export interface DemoComponentChange {
  slug: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
}

export interface DemoIncidentUpdate {
  status: IncidentStatus;
  body: string;
  displayAt: Date;
  componentChanges: DemoComponentChange[];
}

export interface DemoIncident {
  name: string;
  status: IncidentStatus;
  impact: IncidentImpact;
  startedAt: Date;
  identifiedAt: Date;
  monitoringAt: Date;
  resolvedAt: Date;
  postmortemBody: string;
  postmortemPublishedAt: Date;
  componentSlugs: string[];
  updates: DemoIncidentUpdate[];
}

/** One ComponentStatusChange row; `incident` rows belong to the demo incident. */
export interface DemoStatusChange {
  slug: string;
  status: ComponentStatus;
  changedAt: Date;
  cause: "created" | "incident";
}

export interface DemoMaintenanceUpdate {
  status: MaintenanceStatus;
  body: string;
  displayAt: Date;
}

export interface DemoMaintenance {
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  componentSlugs: string[];
  updates: DemoMaintenanceUpdate[];
}

export interface BmadDemo {
  page: DemoPageSettings;
  groups: DemoGroup[];
  components: DemoComponent[];
  incident: DemoIncident;
  statusHistory: DemoStatusChange[];
  maintenance: DemoMaintenance;
}

const GROUPS: DemoGroup[] = [
  { key: "core-services", name: "Core services", description: "The CapLiquify dashboard and the services behind it.", position: 0 },
  { key: "integrations", name: "Integrations", description: "Data synchronisation with connected platforms.", position: 1 },
];

const COMPONENTS = [
  {
    slug: "backend-api",
    name: "Backend API",
    groupKey: "core-services",
    startDaysAgo: 120,
    description: "REST API serving working capital, inventory and forecasting data.",
  },
  {
    slug: "mcp-server",
    name: "MCP Server",
    groupKey: "core-services",
    startDaysAgo: 120,
    description: "Model Context Protocol server that connects CapLiquify to external integrations.",
  },
  { slug: "frontend", name: "Frontend", groupKey: "core-services", startDaysAgo: 120, description: "The CapLiquify web dashboard." },
  {
    slug: "real-time-updates",
    name: "Real-time updates (SSE)",
    groupKey: "core-services",
    startDaysAgo: 40,
    description: "Live dashboard updates streamed with Server-Sent Events.",
  },
  { slug: "xero", name: "Xero", groupKey: "integrations", startDaysAgo: 120, description: "Accounting data sync with Xero." },
  { slug: "shopify", name: "Shopify", groupKey: "integrations", startDaysAgo: 120, description: "Order and sales sync with Shopify." },
  { slug: "amazon", name: "Amazon", groupKey: "integrations", startDaysAgo: 120, description: "Order and sales sync with Amazon." },
  { slug: "unleashed", name: "Unleashed", groupKey: "integrations", startDaysAgo: 120, description: "Inventory sync with Unleashed." },
] as const;

type Slug = (typeof COMPONENTS)[number]["slug"];

interface TimelineStep {
  minute: number;
  status: IncidentStatus;
  body: string;
  changes: Partial<Record<Slug, ComponentStatus>>;
}

const ALL_AFFECTED: Slug[] = ["backend-api", "mcp-server", "frontend", "real-time-updates", "xero", "shopify", "amazon", "unleashed"];

// The retrospective's timeline (T+minutes), worded as the page would have told users at the time.
const TIMELINE: TimelineStep[] = [
  {
    minute: 0,
    status: "investigating",
    body: "We are investigating **502 Bad Gateway** errors from the Backend API and the MCP Server. The dashboard loads but shows no data, and the Xero, Shopify, Amazon and Unleashed integrations and real-time updates are unavailable.",
    changes: {
      "backend-api": "major_outage",
      "mcp-server": "major_outage",
      "real-time-updates": "major_outage",
      xero: "major_outage",
      shopify: "major_outage",
      amazon: "major_outage",
      unleashed: "major_outage",
      frontend: "degraded_performance",
    },
  },
  {
    minute: 2,
    status: "investigating",
    body: "We are still investigating and have requested the deployment logs from our hosting provider to find out why the services fail to start.",
    changes: {},
  },
  {
    minute: 5,
    status: "identified",
    body: 'We have identified the cause. The latest deployment runs a database migration that fails (Prisma error `P3018`): it installs version 0.5.1 of the pgvector extension, `CREATE EXTENSION IF NOT EXISTS "vector" WITH VERSION "0.5.1"`, and that version is not available on our PostgreSQL server. Until the migration succeeds the Backend API and MCP Server cannot start. No data has been lost.',
    changes: {},
  },
  {
    minute: 7,
    status: "identified",
    body: 'A fix is ready: the migration no longer pins a pgvector version (the `WITH VERSION "0.5.1"` clause is removed), so PostgreSQL installs the version it has.',
    changes: {},
  },
  {
    minute: 9,
    status: "identified",
    body: "The fix has been committed and is on its way to production.",
    changes: {},
  },
  {
    minute: 10,
    status: "monitoring",
    body: "The fix has been deployed and the automatic redeploy of the Backend API and MCP Server is in progress; it usually takes 20–25 minutes. We are monitoring the services as they come back.",
    changes: {},
  },
  {
    minute: 33,
    status: "resolved",
    body: "The redeploy has completed and the Backend API and MCP Server respond normally again. The dashboard, the Xero, Shopify, Amazon and Unleashed integrations and real-time updates are restored. A postmortem will follow.",
    changes: Object.fromEntries(ALL_AFFECTED.map((slug) => [slug, "operational"])),
  },
];

/** The UTC calendar day of `date` moved by `days`, at hh:mm UTC. */
function utcDayAt(date: Date, days: number, hours: number, minutes: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days, hours, minutes));
}

/**
 * The retrospective as written carries the day it happened; the demo replays it days before "now", so its
 * "**Incident Date**" and "**Resolution Date**" lines are moved to the replayed incident's UTC days.
 */
export function datePostmortem(markdown: string, startedAt: Date, resolvedAt: Date): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return markdown
    .replace(/^(\*\*Incident Date\*\*:\s*)\d{4}-\d{2}-\d{2}/m, `$1${day(startedAt)}`)
    .replace(/^(\*\*Resolution Date\*\*:\s*)\d{4}-\d{2}-\d{2}/m, `$1${day(resolvedAt)}`);
}

/** Everything the demo inserts, with absolute dates: the incident 3 days ago, the maintenance in 4 days. */
export function buildBmadDemo(now: Date, postmortemMarkdown: string): BmadDemo {
  const startedAt = utcDayAt(now, -3, 14, 12);
  const at = (minute: number) => new Date(startedAt.getTime() + minute * MINUTE);

  const statusHistory: DemoStatusChange[] = [];
  const current = new Map<string, ComponentStatus>();
  const startDates = new Map<string, Date>();
  for (const c of COMPONENTS) {
    const startDate = new Date(now.getTime() - c.startDaysAgo * DAY);
    startDates.set(c.slug, startDate);
    current.set(c.slug, "operational");
    statusHistory.push({ slug: c.slug, status: "operational", changedAt: startDate, cause: "created" });
  }

  // Walking the timeline keeps each change's oldStatus equal to the status before it.
  const updates: DemoIncidentUpdate[] = TIMELINE.map((step) => {
    const displayAt = at(step.minute);
    const componentChanges = COMPONENTS.filter((c) => step.changes[c.slug] !== undefined).map((c) => {
      const newStatus = step.changes[c.slug] as ComponentStatus;
      const change = { slug: c.slug, oldStatus: current.get(c.slug)!, newStatus };
      current.set(c.slug, newStatus);
      statusHistory.push({ slug: c.slug, status: newStatus, changedAt: displayAt, cause: "incident" });
      return change;
    });
    return { status: step.status, body: step.body, displayAt, componentChanges };
  });

  const resolvedAt = at(33);
  const scheduledFor = utcDayAt(now, 4, 22, 0);

  return {
    page: {
      id: "page",
      name: "CapLiquify Status",
      url: "http://localhost:3000",
      timeZone: "UTC",
      description: "Live status of the CapLiquify working capital platform and its integrations.",
    },
    groups: GROUPS.map((g) => ({ ...g })),
    components: COMPONENTS.map((c, index) => ({
      slug: c.slug,
      name: c.name,
      description: c.description,
      position: index,
      groupKey: c.groupKey,
      startDate: startDates.get(c.slug)!,
      status: current.get(c.slug)!,
    })),
    incident: {
      name: "Backend API and MCP server returning 502 errors",
      status: "resolved",
      impact: "critical",
      startedAt,
      identifiedAt: at(5),
      monitoringAt: at(10),
      resolvedAt,
      postmortemBody: datePostmortem(postmortemMarkdown, startedAt, resolvedAt),
      postmortemPublishedAt: new Date(resolvedAt.getTime() + HOUR),
      componentSlugs: updates[0].componentChanges.map((change) => change.slug),
      updates,
    },
    statusHistory: statusHistory.sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime()),
    maintenance: {
      name: "Database migration to paid PostgreSQL plan",
      status: "scheduled",
      scheduledFor,
      scheduledUntil: new Date(scheduledFor.getTime() + 2 * HOUR),
      componentSlugs: ["backend-api", "mcp-server"],
      updates: [
        {
          status: "scheduled",
          // Announced the day after the incident, once the retrospective's action items were planned.
          displayAt: new Date(resolvedAt.getTime() + DAY),
          body: "We will move the production database to a paid PostgreSQL plan before the current free instance expires. During the window the Backend API and MCP Server may be briefly unavailable while they switch to the new database. To avoid a repeat of the recent 502 errors, every database migration is first validated against a staging database (BMAD-DEPLOY-002).",
        },
      ],
    },
  };
}
