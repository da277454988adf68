import type { SqlSession } from "@/lib/db/database";

// A store at the size the read model must handle: 200 components in 10 groups, 10,000 incidents with 5 updates
// each (50,000) over two years, two status changes per incident, one monitor per component with two years of
// daily rollups and 30 days of hourly ones (the model reads 8). Plain SQL with generate_series: seconds, not the minutes of row-by-row inserts.

export const SCALE = { components: 200, groups: 10, incidents: 10_000, updatesPerIncident: 5, rollupDays: 730, hourlyRollupDays: 30 };

export async function seedAtScale(session: SqlSession, now: Date) {
  const at = now.toISOString();
  const { components, groups, incidents, updatesPerIncident, rollupDays, hourlyRollupDays } = SCALE;
  const script = `
    INSERT INTO "PageSettings" (id, slug, name, url, "timeZone", "updatedAt") VALUES ('page', 'default', 'Bench', 'http://localhost', 'UTC', '${at}');
    INSERT INTO "ComponentGroup" (id, name, position, "updatedAt")
      SELECT 'g' || g, 'Group ' || g, g * 100, '${at}' FROM generate_series(1, ${groups}) g;
    INSERT INTO "Component" (id, slug, name, status, position, "groupId", "startDate", "updatedAt")
      SELECT 'c' || c, 'component-' || c, 'Component ' || c, 'operational', c, 'g' || (1 + c % ${groups}),
             timestamptz '${at}' - interval '3 years', '${at}'
        FROM generate_series(1, ${components}) c;
    INSERT INTO "Incident" (id, name, status, impact, "startedAt", "resolvedAt", "updatedAt")
      SELECT 'i' || i, 'Incident ' || i, 'resolved', (ARRAY['minor','major','critical'])[1 + i % 3]::"IncidentImpact",
             timestamptz '${at}' - (i * interval '${(rollupDays * 24 * 60) / incidents} minutes'),
             timestamptz '${at}' - (i * interval '${(rollupDays * 24 * 60) / incidents} minutes') + interval '1 hour', '${at}'
        FROM generate_series(1, ${incidents}) i;
    INSERT INTO "IncidentComponent" ("incidentId", "componentId")
      SELECT 'i' || i, 'c' || (1 + i % ${components}) FROM generate_series(1, ${incidents}) i;
    INSERT INTO "IncidentUpdate" (id, "incidentId", status, body, "displayAt", "updatedAt")
      SELECT 'u' || i || '_' || u, 'i' || i,
             (ARRAY['investigating','identified','identified','monitoring','resolved'])[u]::"IncidentStatus",
             'Update ' || u || ' of incident ' || i || ': ' || repeat('We are looking into it. ', 8),
             timestamptz '${at}' - (i * interval '${(rollupDays * 24 * 60) / incidents} minutes') + (u * interval '10 minutes'), '${at}'
        FROM generate_series(1, ${incidents}) i, generate_series(1, ${updatesPerIncident}) u;
    INSERT INTO "ComponentStatusChange" (id, "componentId", status, "changedAt", cause, "incidentId")
      SELECT 's' || i || '_' || k, 'c' || (1 + i % ${components}),
             (CASE WHEN k = 1 THEN 'partial_outage' ELSE 'operational' END)::"ComponentStatus",
             timestamptz '${at}' - (i * interval '${(rollupDays * 24 * 60) / incidents} minutes') + ((k - 1) * interval '1 hour'),
             'incident', 'i' || i
        FROM generate_series(1, ${incidents}) i, generate_series(1, 2) k;
    INSERT INTO "Monitor" (id, "componentId", name, kind, url, "nextCheckAt", "updatedAt")
      SELECT 'm' || c, 'c' || c, 'Monitor ' || c, 'http', 'http://127.0.0.1:9/', '${at}', '${at}' FROM generate_series(1, ${components}) c;
    INSERT INTO "MonitorRollup" (id, "monitorId", granularity, "periodStart", checks, failures, "p50Ms", "p95Ms")
      SELECT 'rd' || c || '_' || d, 'm' || c, 'day', date_trunc('day', timestamptz '${at}') - d * interval '1 day', 1440, d % 7, 100 + c % 50, 300
        FROM generate_series(1, ${components}) c, generate_series(0, ${rollupDays - 1}) d;
    INSERT INTO "MonitorRollup" (id, "monitorId", granularity, "periodStart", checks, failures, "p50Ms", "p95Ms")
      SELECT 'rh' || c || '_' || h, 'm' || c, 'hour', date_trunc('hour', timestamptz '${at}') - h * interval '1 hour', 60, h % 2, 100 + c % 50, 300
        FROM generate_series(1, ${components}) c, generate_series(0, ${hourlyRollupDays * 24 - 1}) h;
    ANALYZE;
  `;
  for (const statement of script.split(/;\s*\n/).filter((text) => text.trim())) await session.exec(statement);
}
