// Benchmark (not a test): 500 HTTP monitors every 30 s against a local server, on the embedded database or
// DATABASE_URL. Reports check punctuality, double runs, CPU and RSS, and public-page latency idle vs under load.
//   node --import tsx bench/monitors.ts [--minutes 5] [--monitors 500] [--interval 30] [--url http://localhost:3000/]
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startCheckTarget } from "./support/check-target";

// lib/ modules import "server-only", which only resolves under the react-server condition: re-run with it.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { values: flags } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    monitors: { type: "string", default: "500" },
    interval: { type: "string", default: "30" },
    url: { type: "string" },
  },
});
const MINUTES = Number(flags.minutes);
const MONITORS = Number(flags.monitors);
const INTERVAL_S = Number(flags.interval);
const COMPONENTS = 10;

const { migrateDatabase, openConfiguredDatabase, provideDatabase } = await import("@/lib/db/boot");
const { seedDatabase } = await import("@/lib/startup/startup-work");
const { parseEnv } = await import("@/lib/env");
const { createMonitorScheduler } = await import("@/lib/monitor-runner/monitor-scheduler");
const { getStatusPage } = await import("@/lib/status/queries");

/** One public read: the status page's query function, or a GET of --url. */
async function timePublicRead(): Promise<number> {
  const started = performance.now();
  if (flags.url) await (await fetch(flags.url)).arrayBuffer();
  else await getStatusPage();
  return performance.now() - started;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

const env = parseEnv();
const dataDir = env.databaseUrl ? null : await mkdtemp(path.join(tmpdir(), "beacon-bench-"));
const db = await openConfiguredDatabase(env.databaseUrl ? env : { ...env, dataDir: dataDir! });
await migrateDatabase(db);
if (!env.databaseUrl) await seedDatabase(db);
provideDatabase(db);
const prisma = db.prisma;
const target = await startCheckTarget();

// The monitors, parked until the idle reads are done, on ten components of the public page.
const componentIds: string[] = [];
for (let c = 0; c < COMPONENTS; c++) {
  const component = await prisma.component.create({
    data: { slug: `bench-${Date.now()}-${c}`, name: `Bench ${c + 1}`, startDate: new Date(), position: 1000 + c },
  });
  componentIds.push(component.id);
}
const parked = new Date(Date.now() + 86_400_000);
await prisma.monitor.createMany({
  data: Array.from({ length: MONITORS }, (_, i) => ({
    componentId: componentIds[i % COMPONENTS],
    name: `bench ${i + 1}`,
    kind: "http" as const,
    url: target.url,
    intervalSeconds: INTERVAL_S,
    timeoutMs: 5_000,
    nextCheckAt: parked,
  })),
});
const monitorIds = (await prisma.monitor.findMany({ where: { componentId: { in: componentIds } }, select: { id: true } })).map((m) => m.id);

console.log(
  `[bench] ${MONITORS} HTTP monitors every ${INTERVAL_S} s for ${MINUTES} min on ${db.kind}; public read: ${flags.url ?? "getStatusPage()"}`,
);
const idle: number[] = [];
for (let i = 0; i < 30; i++) idle.push(await timePublicRead());

// Due times spread evenly over one interval from the start, as on a page whose monitors were added over time.
const runStart = new Date(Date.now() + 1_000);
const stepMs = (INTERVAL_S * 1000) / MONITORS;
await prisma.$executeRaw`
  UPDATE "Monitor" m SET "nextCheckAt" = ${runStart}::timestamptz + (o.n * ${stepMs}::float8) * interval '1 millisecond'
    FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "Monitor" WHERE id = ANY(${monitorIds})) o
   WHERE m.id = o.id`;

const scheduler = createMonitorScheduler({
  prisma: async () => prisma,
  policy: { allowPrivateNetworks: true },
  quietPeriodSeconds: env.monitor.quietPeriodSeconds,
  rawRetentionDays: env.monitor.rawRetentionDays,
  log: () => undefined,
});
const loaded: number[] = [];
const rss: number[] = [];
while (Date.now() < runStart.getTime()) await new Promise((r) => setTimeout(r, 50));
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
scheduler.start();
const runEnd = runStart.getTime() + MINUTES * 60_000;
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1_000);
while (Date.now() < runEnd) {
  loaded.push(await timePublicRead());
  await new Promise((r) => setTimeout(r, 1_000));
}
await scheduler.stop();
clearInterval(sampler);
const cpu = process.cpuUsage(cpuBefore);
const cpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore)) * 100;

// Every check due in the run window: how late each started, and whether any (monitor, due time) ran twice.
const dueBefore = new Date(runEnd);
const [timing] = await prisma.$queryRaw<{ checks: number; onTime: number; failed: number; p50: number; p99: number; max: number }[]>`
  SELECT COUNT(*)::int AS checks,
         COUNT(*) FILTER (WHERE "startedAt" - "dueAt" <= interval '1 second')::int AS "onTime",
         COUNT(*) FILTER (WHERE NOT ok)::int AS failed,
         COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS p50,
         COALESCE(percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS p99,
         COALESCE(MAX(EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS max
    FROM "MonitorCheck" WHERE "monitorId" = ANY(${monitorIds}) AND "dueAt" >= ${runStart} AND "dueAt" < ${dueBefore}`;
const [twice] = await prisma.$queryRaw<{ pairs: number }[]>`
  SELECT COUNT(*)::int AS pairs FROM (
    SELECT 1 FROM "MonitorCheck" WHERE "monitorId" = ANY(${monitorIds}) GROUP BY "monitorId", "dueAt" HAVING COUNT(*) > 1) AS d`;
const expected = Math.floor((MINUTES * 60 * MONITORS) / INTERVAL_S);

const rows: [string, string][] = [
  ["database", db.kind === "postgres" ? "Postgres (DATABASE_URL)" : "embedded PGlite (temporary folder)"],
  ["monitors × interval × duration", `${MONITORS} × ${INTERVAL_S} s × ${MINUTES} min`],
  ["checks due / run", `${expected} / ${timing.checks} (${timing.failed} failed)`],
  ["started within 1 s of due", `${((timing.onTime / Math.max(1, timing.checks)) * 100).toFixed(2)} %`],
  ["start delay p50 / p99 / max", `${ms(timing.p50)} / ${ms(timing.p99)} / ${ms(timing.max)}`],
  ["checks run twice (must be 0)", String(twice.pairs)],
  ["CPU (this process, % of one core)", `${cpuPercent.toFixed(1)} %`],
  ["RSS p50 / max", `${(percentile(rss, 50) / 2 ** 20).toFixed(0)} MiB / ${(Math.max(...rss) / 2 ** 20).toFixed(0)} MiB`],
  ["public read idle p50 / p95", `${ms(percentile(idle, 50))} / ${ms(percentile(idle, 95))} (${idle.length} reads)`],
  ["public read under load p50 / p95", `${ms(percentile(loaded, 50))} / ${ms(percentile(loaded, 95))} (${loaded.length} reads)`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${"metric".padEnd(width)} | result\n${"-".repeat(width)}-|-${"-".repeat(40)}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value}`);

await prisma.component.deleteMany({ where: { id: { in: componentIds } } });
target.stop();
await db.close();
if (dataDir) await rm(dataDir, { recursive: true, force: true });
process.exit(twice.pairs === 0 ? 0 : 1);
