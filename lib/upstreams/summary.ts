import { z } from "zod";

// What Beacon reads from an upstream's /api/v2/summary.json. Lenient where vendors differ (extra fields, missing
// optional ones), strict where a wrong value would mislead: an unknown status is kept as text and mapped to
// "unknown" later, never guessed.

const upstreamComponent = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.string(),
  group: z.boolean().optional().default(false),
  group_id: z.string().nullish(),
  components: z.array(z.string()).optional(),
});

const upstreamIncident = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.string(),
  impact: z.string().optional().default("none"),
  shortlink: z.string().nullish(),
  started_at: z.string().nullish(),
  incident_updates: z
    .array(z.object({ status: z.string(), body: z.string().nullish(), display_at: z.string().nullish(), created_at: z.string().nullish() }))
    .optional()
    .default([]),
  components: z
    .array(z.object({ id: z.string() }))
    .optional()
    .default([]),
});

const summaryDocument = z.object({
  page: z.object({ id: z.string().optional(), name: z.string(), url: z.string().nullish() }),
  components: z.array(upstreamComponent),
  incidents: z.array(upstreamIncident).optional().default([]),
  status: z.object({ indicator: z.string(), description: z.string().optional().default("") }),
});

export interface UpstreamComponent {
  id: string;
  name: string;
  status: string;
  group: boolean;
  groupId: string | null;
  /** A group's members, from its own list or from their group_id. */
  memberIds: string[];
}

export interface UpstreamIncident {
  id: string;
  name: string;
  status: string;
  impact: string;
  shortlink: string | null;
  componentIds: string[];
  /** Newest first, as Statuspage lists them. */
  updates: { status: string; body: string; displayAt: string | null }[];
}

/** A summary reduced to what mirrors need; plain JSON, kept on the upstream row so a 304 can reuse it. */
export interface UpstreamSummary {
  pageName: string;
  indicator: string;
  description: string;
  components: UpstreamComponent[];
  incidents: UpstreamIncident[];
}

export type SummaryParse = { ok: true; summary: UpstreamSummary } | { ok: false; reason: string };

/** Reads a summary document's text: not JSON, or not the v2 shape, is a failure with a short reason. */
export function parseSummary(text: string): SummaryParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "The answer is not JSON (an error page?)" };
  }
  const parsed = summaryDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `Not a Statuspage v2 summary: ${issue.path.join(".") || "document"} ${issue.message}` };
  }
  const doc = parsed.data;
  const components = doc.components.map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    group: c.group,
    groupId: c.group_id ?? null,
    memberIds: c.group ? (c.components ?? doc.components.filter((m) => m.group_id === c.id).map((m) => m.id)) : [],
  }));
  const incidents = doc.incidents.map((i) => ({
    id: i.id,
    name: i.name,
    status: i.status,
    impact: i.impact,
    shortlink: i.shortlink ?? null,
    componentIds: i.components.map((c) => c.id),
    updates: i.incident_updates.map((u) => ({ status: u.status, body: u.body ?? "", displayAt: u.display_at ?? u.created_at ?? null })),
  }));
  return {
    ok: true,
    summary: { pageName: doc.page.name, indicator: doc.status.indicator, description: doc.status.description, components, incidents },
  };
}
