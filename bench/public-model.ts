// `npm run bench:model` (and the last part of `npm run bench`): the public read model at scale — 200 components,
// 10,000 incidents (50,000 updates), two years of rollups — on Postgres. Prints the time to build it (one
// repeatable-read transaction), to read it again after one change, to derive the public views from it, its heap
// size and its file size on disk.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// lib/ modules import "server-only", which only resolves under the react-server condition: re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { migrateDatabase, provideDatabase } = await import("@/lib/db/boot");
const { openPostgres } = await import("@/lib/db/open-postgres");
const { loadPublicModel } = await import("@/lib/public-model/load");
const { MODEL_FILE, parseModel, saveModel, serializeModel } = await import("@/lib/public-model/persist");
const { statusPageOfModel } = await import("@/lib/status/status-page-of-model");
const { statuspageSnapshotOfModel } = await import("@/lib/statuspage/snapshot-of-model");
const { renderSummary } = await import("@/lib/statuspage/render-summary");
const { incidentFromModel } = await import("@/lib/incidents/public-views");
const { historyFromModel } = await import("@/lib/history/history-of-model");
const { feedHistoryOfModel } = await import("@/lib/feeds/feeds-of-model");
const { publicRefsOf } = await import("@/lib/public-model/refs");
const { databaseUrl, recreateDatabase } = await import("./support/postgres");
const { SCALE, seedAtScale } = await import("./support/seed-at-scale");

const DATABASE = "beacon_bench_model";
const RUNS = 5;
const now = new Date();
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;
const ms = (from: number) => performance.now() - from;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const startedAt = performance.now();
  const result = await work();
  return [result, ms(startedAt)];
}

await recreateDatabase(DATABASE);
const db = openPostgres({ url: databaseUrl(DATABASE), connectTimeoutMs: 5_000, statementTimeoutMs: 600_000 });
await migrateDatabase(db);
provideDatabase(db);
const [, seedMs] = await timed(() => db.withSession((session) => seedAtScale(session, now)));
console.log(
  `Seeded ${SCALE.components} components, ${SCALE.incidents} incidents (${SCALE.incidents * SCALE.updatesPerIncident} updates), ` +
    `${SCALE.rollupDays} days of daily rollups and ${SCALE.hourlyRollupDays} of hourly ones in ${(seedMs / 1000).toFixed(1)} s`,
);

await loadPublicModel(); // warm the connection pool and Prisma
const builds: number[] = [];
for (let i = 0; i < RUNS; i++) builds.push((await timed(() => loadPublicModel()))[1]);

const [model] = await timed(() => loadPublicModel());

// One change, then the whole model read again: what every change notice costs each instance.
const refreshes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await db.prisma.incidentUpdate.create({
    data: { incidentId: "i1", status: "resolved", body: `Bench change ${i}`, displayAt: new Date() },
  });
  refreshes.push((await timed(() => loadPublicModel()))[1]);
}

const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-bench-"));
const [, serializeMs] = await timed(() => serializeModel(model));
const [fileBytes, saveMs] = await timed(() => saveModel(dir, model));
const [, statusPageMs] = await timed(() => statusPageOfModel(model, new Date()));
const [, summaryMs] = await timed(() => renderSummary(statuspageSnapshotOfModel(model)));
const [, historyMs] = await timed(() => historyFromModel(model, 250));
const [, incidentMs] = await timed(() => incidentFromModel(model, "i5000"));
const [, feedMs] = await timed(() => feedHistoryOfModel(model));
const [, refsMs] = await timed(() => publicRefsOf(model));

// The heap one model holds: one more read from its file, kept alive across a full collection.
const text = readFileSync(path.join(dir, MODEL_FILE), "utf8");
gc();
const heapWithout = heapMb();
const parsed = parseModel(text);
gc();
const heapHeld = heapMb() - heapWithout;
if (!parsed.ok) throw new Error(parsed.reason);

const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
console.log("\nPublic read model at scale (Postgres)");
row("build (one repeatable-read transaction)", `median ${median(builds).toFixed(0)} ms, max ${Math.max(...builds).toFixed(0)} ms`);
row("refresh after one change (full re-read)", `median ${median(refreshes).toFixed(0)} ms, max ${Math.max(...refreshes).toFixed(0)} ms`);
row(
  "heap held by one model",
  `${heapHeld.toFixed(0)} MB (${parsed.model.incidents.length} incidents) (process RSS ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MB)`,
);
row("file on disk", `${(fileBytes / 1024 / 1024).toFixed(1)} MB; serialize ${serializeMs.toFixed(0)} ms, write ${saveMs.toFixed(0)} ms`);
row("status page view (first, uncached)", `${statusPageMs.toFixed(0)} ms`);
row("summary.json document", `${summaryMs.toFixed(0)} ms`);
row("history page 250 / one incident / feeds", `${historyMs.toFixed(1)} / ${incidentMs.toFixed(1)} / ${feedMs.toFixed(1)} ms`);
row("front-server refs (ids, slugs, pages)", `${refsMs.toFixed(1)} ms`);
await db.close();
