// `npm run bench:model` (and the last part of `npm run bench`): the public read model at scale — 200 components,
// 10,000 incidents (50,000 updates), two years of rollups — on Postgres. Prints the time to build it (one
// repeatable-read transaction), to read one change into it (what each change notice costs an instance) and, for
// comparison, to read it whole again; to derive the public views from it; its heap size; its file size on disk and
// how long writing it holds the event loop.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

// lib/ modules import "server-only", which only resolves under the react-server condition: re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { migrateDatabase, provideDatabase } = await import("@/lib/db/boot");
const { openPostgres } = await import("@/lib/db/open-postgres");
const { loadPublicModel } = await import("@/lib/public-model/load");
const { loadChangedModel } = await import("@/lib/public-model/load-changes");
const { PUBLIC_CHANGE_CHANNEL } = await import("@/lib/public-surface/start-change-feed");
const { addNotice, noStoreChange } = await import("@/lib/public-surface/store-change");
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

let [model] = await timed(() => loadPublicModel());

/** What the store's notices name for `write`, as an instance hears them. */
async function noticesOf(write: () => Promise<unknown>) {
  const change = noStoreChange();
  let listening: () => void = () => undefined;
  let heard: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (listening = resolve));
  const stop = db.followChanges(PUBLIC_CHANGE_CHANNEL, {
    onChange: (payload) => {
      if (!payload) return; // the resync after connecting
      addNotice(change, payload);
      heard();
    },
    onHealth: (healthy) => (healthy ? listening() : undefined), // reported once LISTEN is in place
  });
  try {
    await ready;
    const notified = new Promise<void>((resolve) => (heard = resolve));
    await write();
    await Promise.race([notified, new Promise((_, reject) => setTimeout(() => reject(new Error("no notice in 30 s")), 30_000))]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the rest of the commit's notices
    return change;
  } finally {
    stop();
  }
}

// One change, read into the model held (what every change notice costs each instance), then read whole (before).
const wholeRereads: number[] = [];
const changeReads: Record<string, number[]> = { "an update to one incident": [], "a component's status": [], "a new incident": [] };
for (let i = 0; i < RUNS; i++) {
  const writes: Record<string, () => Promise<unknown>> = {
    "an update to one incident": () =>
      db.prisma.incidentUpdate.create({
        data: { incidentId: `i${1 + i}`, status: "resolved", body: `Bench change ${i}`, displayAt: new Date() },
      }),
    "a component's status": () =>
      db.prisma.$transaction([
        db.prisma.component.update({ where: { id: "c1" }, data: { status: i % 2 ? "operational" : "degraded_performance" } }),
        db.prisma.componentStatusChange.create({
          data: { componentId: "c1", status: i % 2 ? "operational" : "degraded_performance", changedAt: new Date(), cause: "manual" },
        }),
      ]),
    "a new incident": () =>
      db.prisma.incident.create({ data: { name: `Bench incident ${i}`, status: "investigating", impact: "minor", startedAt: new Date() } }),
  };
  for (const [label, write] of Object.entries(writes)) {
    const change = await noticesOf(write);
    const [changed, took] = await timed(() => loadChangedModel(model, change));
    if (change.full) throw new Error(`${label}: the notices asked for a whole read`);
    changeReads[label].push(took);
    model = changed;
  }
  wholeRereads.push((await timed(() => loadPublicModel()))[1]);
}

const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-model-bench-"));
const [, serializeMs] = await timed(() => serializeModel(model));
/** How long the event loop was held at most while `work` ran. */
async function longestHold<T>(work: () => Promise<T>): Promise<[T, number, number]> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const [result, took] = await timed(work);
  delay.disable();
  return [result, took, delay.max / 1e6];
}
const [fileBytes, saveMs, saveHoldMs] = await longestHold(() => saveModel(dir, model));
const nextModel = { ...model, asOf: new Date(), incidents: [{ ...model.incidents[0], name: "Renamed" }, ...model.incidents.slice(1)] };
const [, resaveMs, resaveHoldMs] = await longestHold(() => saveModel(dir, nextModel));
const [, statusPageMs] = await timed(() => statusPageOfModel(model, new Date()));
// After a change the page is derived from a new model object, by code that has run before: what each change costs.
const warmPageRuns: number[] = [];
for (let i = 0; i < RUNS; i++) warmPageRuns.push((await timed(() => statusPageOfModel({ ...model }, new Date())))[1]);
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
for (const [label, runs] of Object.entries(changeReads)) {
  row(`change read: ${label}`, `median ${median(runs).toFixed(0)} ms, max ${Math.max(...runs).toFixed(0)} ms`);
}
row(
  "the whole model read again (before: each change)",
  `median ${median(wholeRereads).toFixed(0)} ms, max ${Math.max(...wholeRereads).toFixed(0)} ms`,
);
row(
  "heap held by one model",
  `${heapHeld.toFixed(0)} MB (${parsed.model.incidents.length} incidents) (process RSS ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MB)`,
);
row("file on disk", `${(fileBytes / 1024 / 1024).toFixed(1)} MB; one JSON.stringify ${serializeMs.toFixed(0)} ms (before: held the loop)`);
row("write in slices: first / after one change", `${saveMs.toFixed(0)} / ${resaveMs.toFixed(0)} ms`);
row("  longest event-loop hold while writing", `${saveHoldMs.toFixed(0)} / ${resaveHoldMs.toFixed(0)} ms`);
row("status page view (first, uncached)", `${statusPageMs.toFixed(0)} ms`);
row("status page view of a changed model (warm)", `median ${median(warmPageRuns).toFixed(0)} ms`);
row("summary.json document", `${summaryMs.toFixed(0)} ms`);
row("history page 250 / one incident / feeds", `${historyMs.toFixed(1)} / ${incidentMs.toFixed(1)} / ${feedMs.toFixed(1)} ms`);
row("front-server refs (ids, slugs, pages)", `${refsMs.toFixed(1)} ms`);
await db.close();
