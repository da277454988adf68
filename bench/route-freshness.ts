// `npm run bench:fresh` (and a step of `npm run bench`): how long until every public route on every instance shows
// a change, end to end — two production instances (the compiled server.ts, edge workers included) on one Postgres
// database; a write straight into the store (as any writer's would be heard: by the change notices); every sample
// URL of the route table polled on both instances until its ETag moves. Four kinds of write: an update to one
// incident, a component's status, a new incident, a maintenance starting or going back to scheduled. First at
// today's size (the demo), then at 200 components, 10,000 incidents (50,000 updates) and two years of rollups.
// Options: --rounds N (writes of each kind, default 5), --only demo|scale, --cpu-prof DIR (profiles of both
// instances, written when they stop), --port P (instances on P and P + 1; default 3421).
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/ modules import "server-only", which only resolves under the react-server condition: re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    only: { type: "string" },
    "cpu-prof": { type: "string" },
    port: { type: "string", default: "3421" },
  },
});
const rounds = Number(values.rounds);

const { migrateDatabase } = await import("@/lib/db/boot");
const { openPostgres } = await import("@/lib/db/open-postgres");
const { startBeacon } = await import("./support/beacon-process");
const { databaseUrl, recreateDatabase, withClient } = await import("./support/postgres");
const { ensureBuild } = await import("./support/prerequisites");
const { measureRouteFreshness, printRouteFreshness, publicSampleUrls } = await import("./support/route-freshness");
const { SCALE, seedAtScale } = await import("./support/seed-at-scale");

type Client = Parameters<Parameters<typeof withClient>[1]>[0];

await ensureBuild();

/** The writes, each in one transaction, as an admin's or a monitor's would reach the store. */
function writeKinds(url: string, ids: { incident: string; maintenance: string; componentId: string }) {
  const inTransaction = (work: (client: Client) => Promise<unknown>) =>
    withClient(url, async (client) => {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
    });
  const unique = () => `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return [
    {
      label: "an update to one incident",
      write: (round: number) =>
        inTransaction((client) =>
          client.query(
            `INSERT INTO "IncidentUpdate" (id, "incidentId", status, body, "displayAt", "deliverNotifications", "updatedAt")
             VALUES ($1, $2, 'resolved', $3, now(), false, now())`,
            [unique(), ids.incident, `Bench follow-up ${round}: the fix is holding.`],
          ),
        ),
    },
    {
      label: "a component's status",
      write: (round: number) => {
        const status = round % 2 === 0 ? "partial_outage" : "operational";
        return inTransaction(async (client) => {
          await client.query(`UPDATE "Component" SET status = $1::"ComponentStatus", "updatedAt" = now() WHERE id = $2`, [
            status,
            ids.componentId,
          ]);
          await client.query(
            `INSERT INTO "ComponentStatusChange" (id, "componentId", status, "changedAt", cause) VALUES ($1, $2, $3::"ComponentStatus", now(), 'manual')`,
            [unique(), ids.componentId, status],
          );
        });
      },
    },
    {
      label: "a new incident",
      write: (round: number) => {
        const id = unique();
        return inTransaction(async (client) => {
          await client.query(
            `INSERT INTO "Incident" (id, name, status, impact, "startedAt", "updatedAt") VALUES ($1, $2, 'investigating', 'minor', now(), now())`,
            [id, `Bench incident ${round}`],
          );
          await client.query(`INSERT INTO "IncidentComponent" ("incidentId", "componentId") VALUES ($1, $2)`, [id, ids.componentId]);
          await client.query(
            `INSERT INTO "IncidentUpdate" (id, "incidentId", status, body, "displayAt", "deliverNotifications", "updatedAt")
             VALUES ($1, $2, 'investigating', 'Looking into it.', now(), false, now())`,
            [unique(), id],
          );
        });
      },
    },
    {
      label: "maintenance (started / scheduled again)",
      write: (round: number) => {
        const status = round % 2 === 0 ? "in_progress" : "scheduled";
        return inTransaction(async (client) => {
          await client.query(`UPDATE "ScheduledMaintenance" SET status = $1::"MaintenanceStatus", "updatedAt" = now() WHERE id = $2`, [
            status,
            ids.maintenance,
          ]);
          await client.query(
            `INSERT INTO "MaintenanceUpdate" (id, "maintenanceId", status, body, "displayAt", "updatedAt") VALUES ($1, $2, $3::"MaintenanceStatus", $4, now(), now())`,
            [unique(), ids.maintenance, status, `Bench: ${status} (${round})`],
          );
        });
      },
    },
  ];
}

/** A scheduled window on `componentId` (the maintenance writes start it and schedule it again). */
async function addMaintenance(client: Client, componentId: string): Promise<string> {
  const id = "bench_window";
  await client.query(
    `INSERT INTO "ScheduledMaintenance" (id, name, status, "scheduledFor", "scheduledUntil", "autoStart", "autoComplete", "updatedAt")
     VALUES ($1, 'Bench: database upgrade', 'scheduled', now() + interval '1 day', now() + interval '1 day 2 hours', false, false, now())`,
    [id],
  );
  await client.query(`INSERT INTO "MaintenanceComponent" ("maintenanceId", "componentId") VALUES ($1, $2)`, [id, componentId]);
  await client.query(
    `INSERT INTO "MaintenanceUpdate" (id, "maintenanceId", status, body, "displayAt", "updatedAt") VALUES ('bench_window_1', $1, 'scheduled', 'We will upgrade the database.', now(), now())`,
    [id],
  );
  return id;
}

async function run(size: "demo" | "scale") {
  const name = `beacon_bench_fresh_${size}`;
  const url = databaseUrl(name);
  await recreateDatabase(name);
  if (size === "scale") {
    const db = openPostgres({ url, connectTimeoutMs: 5_000, statementTimeoutMs: 600_000 });
    await migrateDatabase(db);
    await db.withSession(async (session) => {
      await seedAtScale(session, new Date());
      // Its 200 monitors check an address that never answers: running, they would open incidents and change
      // statuses all through the measurement. Only the bench's own writes change anything.
      await session.exec(`UPDATE "Monitor" SET enabled = false`);
    });
    await db.close();
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), `beacon-fresh-${size}-`));
  const env = (instance: string) => ({
    DATABASE_URL: url,
    BEACON_DATA_DIR: path.join(scratch, instance),
    BEACON_SEED_DEMO: size === "demo" ? "true" : "false",
    // A whole read at scale on a machine shared with builds can pass the default 10 s: it would be refused, not slow.
    BEACON_DB_STATEMENT_TIMEOUT_MS: "120000",
  });
  const profile = (instance: string) =>
    values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"], `${size}-${instance}`)}`] : [];
  const startedAt = performance.now();
  const port = Number(values.port);
  const a = await startBeacon(port, env("a"), profile("a")); // the demo is seeded by the first instance alone
  const b = await startBeacon(port + 1, env("b"), profile("b"));
  const readyMs = performance.now() - startedAt;
  try {
    const ids = await withClient(url, async (client) => {
      const component = (await client.query(`SELECT id, slug FROM "Component" WHERE showcase ORDER BY position LIMIT 1`)).rows[0];
      const incident = (await client.query(`SELECT id FROM "Incident" ORDER BY "startedAt" DESC LIMIT 1`)).rows[0];
      const maintenance = await addMaintenance(client, component.id);
      return { incident: incident.id as string, maintenance, componentId: component.id as string, component: component.slug as string };
    });
    const origins = [a.origin, b.origin];
    const routes = publicSampleUrls(ids);
    // Every URL is read once before the writes (as readers would): what follows is the change, not a first render.
    await waitUntilAllAnswer(origins, routes);
    const results = await measureRouteFreshness(origins, routes, writeKinds(url, ids), rounds);
    const counts = await withClient(url, async (client) => {
      const q = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      return `${await q("Component")} components, ${await q("Incident")} incidents, ${await q("IncidentUpdate")} updates`;
    });
    printRouteFreshness(
      `Freshness at ${size === "demo" ? "today's size (the demo)" : `scale (${SCALE.components} components, ${SCALE.incidents} incidents)`}: ${counts}; ` +
        `${routes.length} sample URLs × 2 instances, ${rounds} writes of each kind (both instances answered / in ${(readyMs / 1000).toFixed(1)} s)`,
      origins,
      results,
    );
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

/** Until every URL answers 200 on every instance (the bench's maintenance is read into each model first). */
async function waitUntilAllAnswer(origins: string[], routes: string[]) {
  const deadline = Date.now() + 180_000;
  for (const origin of origins) {
    for (const route of routes) {
      for (;;) {
        const answer = await fetch(`${origin}${route}`);
        await answer.arrayBuffer();
        if (answer.status === 200) break;
        if (Date.now() > deadline) throw new Error(`${origin}${route} answered ${answer.status}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
}

for (const size of ["demo", "scale"] as const) if (!values.only || values.only === size) await run(size);
