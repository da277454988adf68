import "server-only";
import { z } from "zod";

// The Statuspage v2 documents an import reads (Atlassian, incident.io, another Beacon): only the fields Beacon
// keeps, leniently — unknown fields are ignored, optional ones may be missing or null.

const componentStatus = z.enum(["operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"]);
const time = z.string().datetime({ offset: true });

export const spComponent = z.object({
  id: z.string(),
  name: z.string(),
  status: componentStatus.catch("operational"),
  description: z.string().nullish(),
  position: z.number().int().catch(0),
  showcase: z.boolean().catch(true),
  only_show_if_degraded: z.boolean().catch(false),
  start_date: z.string().nullish(),
  created_at: time,
  group: z.boolean().catch(false),
  group_id: z.string().nullish(),
});

const spUpdate = z.object({
  id: z.string(),
  status: z.string(),
  body: z.string().catch(""),
  display_at: time.nullish(),
  created_at: time,
  affected_components: z.array(z.object({ code: z.string(), old_status: z.string(), new_status: z.string() })).nullish(),
});

const spEvent = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  impact: z.string().catch("none"),
  created_at: time,
  started_at: time.nullish(),
  monitoring_at: time.nullish(),
  resolved_at: time.nullish(),
  scheduled_for: time.nullish(),
  scheduled_until: time.nullish(),
  incident_updates: z.array(spUpdate).catch([]),
  components: z.array(z.object({ id: z.string() })).catch([]),
});

export type SpComponent = z.infer<typeof spComponent>;
export type SpEvent = z.infer<typeof spEvent>;

export interface StatuspageDocuments {
  origin: string;
  components: SpComponent[];
  incidents: SpEvent[];
  maintenances: SpEvent[];
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Reads summary.json (components), incidents.json and scheduled-maintenances.json from the page at `pageUrl`. */
export async function fetchStatuspage(pageUrl: string): Promise<StatuspageDocuments> {
  const base = new URL(pageUrl);
  if (base.protocol !== "https:" && base.protocol !== "http:") throw new Error("the page URL must be http(s)");
  const root = `${base.origin}${base.pathname.replace(/\/(api\/v2\/?.*)?$/, "")}`;
  const [summary, incidents, maintenances] = await Promise.all([
    getJson(`${root}/api/v2/summary.json`),
    getJson(`${root}/api/v2/incidents.json`),
    getJson(`${root}/api/v2/scheduled-maintenances.json`),
  ]);
  const parse = <T>(schema: z.ZodType<T>, value: unknown, what: string) => {
    const result = schema.safeParse(value);
    if (!result.success)
      throw new Error(
        `${what} is not a Statuspage v2 document: ${result.error.issues[0]?.path.join(".")} ${result.error.issues[0]?.message}`,
      );
    return result.data;
  };
  return {
    origin: root,
    components: parse(z.object({ components: z.array(spComponent) }), summary, "summary.json").components,
    incidents: parse(z.object({ incidents: z.array(spEvent) }), incidents, "incidents.json").incidents,
    maintenances: parse(z.object({ scheduled_maintenances: z.array(spEvent) }), maintenances, "scheduled-maintenances.json")
      .scheduled_maintenances,
  };
}
