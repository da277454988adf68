// Tests only: Statuspage v2 summary documents of the shapes vendors send, recorded from Atlassian's public API
// documentation (https://developer.statuspage.io, "summary" example: page, components with a group and its
// members, incidents with their updates and components, scheduled maintenances, status) — the shape
// githubstatus.com, status.render.com, incident.io-hosted pages and Beacon itself serve. Every document built
// here passes Beacon's own strict JSON Schemas (lib/statuspage/schemas), which the tests check.

type ComponentStatus = "operational" | "degraded_performance" | "partial_outage" | "major_outage" | "under_maintenance";
type Indicator = "none" | "minor" | "major" | "critical" | "maintenance";

const INDICATOR_DESCRIPTION: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major Service Outage",
  maintenance: "Service Under Maintenance",
};

const AT = "2026-11-29T09:00:00.000Z";
const PAGE_ID = "kctbh9vrtdwd";

export interface VendorState {
  /** Status of each leaf component, by id. */
  statuses?: Partial<Record<string, ComponentStatus>>;
  indicator?: Indicator;
  incidents?: {
    id: string;
    name: string;
    status?: "investigating" | "identified" | "monitoring" | "resolved";
    componentIds: string[];
    impact?: "minor" | "major" | "critical";
    updates?: string[];
  }[];
  maintenance?: boolean;
}

/** GitHub-like: leaf components and one group ("Codespaces") with two members. */
export const VENDOR_COMPONENTS = [
  { id: "8l4ygp009s5s", name: "Git Operations", groupId: null },
  { id: "brv1bkgrwx7q", name: "API Requests", groupId: null },
  { id: "br0l2tvcx85d", name: "Actions", groupId: null },
  { id: "cs-eu-00001", name: "Codespaces Europe", groupId: "cs-group-0001" },
  { id: "cs-us-00001", name: "Codespaces US", groupId: "cs-group-0001" },
] as const;
export const VENDOR_GROUP = { id: "cs-group-0001", name: "Codespaces" } as const;

function component(id: string, name: string, status: string, position: number, groupId: string | null) {
  return {
    id,
    name,
    status,
    created_at: AT,
    updated_at: AT,
    position,
    description: null,
    showcase: true,
    start_date: "2026-01-01",
    group_id: groupId,
    page_id: PAGE_ID,
    group: false,
    only_show_if_degraded: false,
  };
}

/** A whole summary.json as the vendor would serve it in `state`. */
export function vendorSummary(pageName: string, pageUrl: string, state: VendorState = {}): Record<string, unknown> {
  const statusOf = (id: string) => state.statuses?.[id] ?? "operational";
  const leaves = VENDOR_COMPONENTS.map((c, i) => component(c.id, c.name, statusOf(c.id), i + 1, c.groupId));
  const members = leaves.filter((c) => c.group_id === VENDOR_GROUP.id);
  const rank = ["operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage"];
  const groupStatus = members.map((m) => m.status).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0];
  const group = {
    ...component(VENDOR_GROUP.id, VENDOR_GROUP.name, groupStatus, 10, null),
    group_id: null,
    group: true,
    components: members.map((m) => m.id),
  };
  const indicator = state.indicator ?? "none";
  const incidents = (state.incidents ?? []).map((incident) => ({
    id: incident.id,
    name: incident.name,
    status: incident.status ?? "investigating",
    created_at: AT,
    updated_at: AT,
    monitoring_at: null,
    resolved_at: incident.status === "resolved" ? AT : null,
    impact: incident.impact ?? "major",
    shortlink: `https://stspg.io/${incident.id}`,
    started_at: AT,
    page_id: PAGE_ID,
    incident_updates: (incident.updates ?? ["We are investigating reports of degraded performance."]).map((body, i) => ({
      id: `${incident.id}-u${i}`,
      status: i === 0 ? (incident.status ?? "investigating") : "investigating",
      body,
      incident_id: incident.id,
      created_at: AT,
      updated_at: AT,
      display_at: AT,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: leaves.filter((c) => incident.componentIds.includes(c.id)),
  }));
  const maintenances = state.maintenance
    ? [
        {
          id: "mnt-0001",
          name: "Database upgrade",
          status: "in_progress",
          created_at: AT,
          updated_at: AT,
          monitoring_at: null,
          resolved_at: null,
          impact: "maintenance",
          shortlink: "https://stspg.io/mnt-0001",
          started_at: AT,
          page_id: PAGE_ID,
          scheduled_for: AT,
          scheduled_until: "2026-11-29T11:00:00.000Z",
          incident_updates: [
            {
              id: "mnt-0001-u0",
              status: "in_progress",
              body: "Scheduled maintenance is currently in progress.",
              incident_id: "mnt-0001",
              created_at: AT,
              updated_at: AT,
              display_at: AT,
              affected_components: null,
              deliver_notifications: true,
              custom_tweet: null,
              tweet_id: null,
            },
          ],
          components: leaves.filter((c) => c.id === "br0l2tvcx85d"),
        },
      ]
    : [];
  return {
    page: { id: PAGE_ID, name: pageName, url: pageUrl, time_zone: "Etc/UTC", updated_at: AT },
    components: [...leaves.filter((c) => c.group_id === null), group, ...members],
    incidents,
    scheduled_maintenances: maintenances,
    status: { indicator, description: INDICATOR_DESCRIPTION[indicator] },
  };
}
