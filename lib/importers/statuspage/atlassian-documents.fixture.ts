// Statuspage v2 documents in the shape Atlassian's pages serve (fields as documented at
// https://metastatuspage.com/api/v2), trimmed to two groups' worth: written by hand from that shape, since the
// tests have no internet. Includes fields Beacon ignores, a group, a component outside any group, nulls.

const page = {
  id: "kctbh9vrtdwd",
  name: "Acme",
  url: "https://status.acme.test",
  time_zone: "Etc/UTC",
  updated_at: "2026-10-02T10:00:00.000Z",
};
const component = (id: string, name: string, status: string, position: number, group_id: string | null, extra = {}) => ({
  id,
  name,
  status,
  created_at: "2025-01-10T09:00:00.000Z",
  updated_at: "2026-10-02T10:00:00.000Z",
  position,
  description: null,
  showcase: false,
  start_date: null,
  group_id,
  page_id: page.id,
  group: false,
  only_show_if_degraded: false,
  ...extra,
});

export const ATLASSIAN_SUMMARY = {
  page,
  components: [
    component("grp1", "Platform", "partial_outage", 1, null, { group: true, components: ["api1", "web1"] }),
    component("api1", "API", "partial_outage", 2, "grp1", { description: "REST and GraphQL", start_date: "2025-01-10" }),
    component("web1", "Website", "operational", 3, "grp1"),
    component("cdn1", "CDN", "operational", 4, null, { showcase: true }),
  ],
  incidents: [],
  scheduled_maintenances: [],
  status: { indicator: "minor", description: "Partially Degraded Service" },
};

const update = (id: string, incident_id: string, status: string, body: string, at: string, affected: unknown[] | null = null) => ({
  id,
  status,
  body,
  incident_id,
  created_at: at,
  updated_at: at,
  display_at: at,
  affected_components: affected,
  deliver_notifications: true,
  custom_tweet: null,
  tweet_id: null,
});

export const ATLASSIAN_INCIDENTS = {
  page,
  incidents: [
    {
      id: "inc1",
      name: "Elevated API error rates",
      status: "monitoring",
      created_at: "2026-10-02T09:00:00.000Z",
      updated_at: "2026-10-02T10:00:00.000Z",
      monitoring_at: "2026-10-02T10:00:00.000Z",
      resolved_at: null,
      impact: "major",
      shortlink: "https://stspg.io/x",
      started_at: "2026-10-02T09:00:00.000Z",
      page_id: page.id,
      incident_updates: [
        update("u2", "inc1", "monitoring", "A fix is deployed; we are watching error rates.", "2026-10-02T10:00:00.000Z"),
        update("u1", "inc1", "investigating", "We are investigating **5xx** errors on the API.", "2026-10-02T09:00:00.000Z", [
          { code: "api1", name: "API", old_status: "operational", new_status: "partial_outage" },
        ]),
      ],
      components: [component("api1", "API", "partial_outage", 2, "grp1")],
    },
  ],
};

export const ATLASSIAN_MAINTENANCES = {
  page,
  scheduled_maintenances: [
    {
      id: "mnt1",
      name: "Database failover test",
      status: "scheduled",
      created_at: "2026-09-30T12:00:00.000Z",
      updated_at: "2026-09-30T12:00:00.000Z",
      monitoring_at: null,
      resolved_at: null,
      impact: "maintenance",
      shortlink: "https://stspg.io/y",
      started_at: "2026-09-30T12:00:00.000Z",
      page_id: page.id,
      scheduled_for: "2026-12-01T02:00:00.000Z",
      scheduled_until: "2026-12-01T03:00:00.000Z",
      incident_updates: [update("m1", "mnt1", "scheduled", "We will fail the primary database over.", "2026-09-30T12:00:00.000Z")],
      components: [component("api1", "API", "operational", 2, "grp1")],
    },
  ],
};
