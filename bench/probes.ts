// Benchmark (not a test): 3 probe processes × 1,000 HTTP monitors every 30 s for 5 minutes against a local target,
// on a throw-away Postgres database. Reports the share of checks started within 1 s of due, duplicates (must be 0),
// the central process's CPU and RSS (probe API + rounds; the probes and the target run in their own processes) and
// the store's transactions per second.
//   npm run bench:probes -- [--minutes 5] [--monitors 1000] [--interval 30] [--probes 3]
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startCheckTarget } from "./support/check-target";

if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { values: flags } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    monitors: { type: "string", default: "1000" },
    interval: { type: "string", default: "30" },
    probes: { type: "string", default: "3" },
  },
});
const MINUTES = Number(flags.minutes);
const MONITORS = Number(flags.monitors);
const INTERVAL_S = Number(flags.interval);
const PROBES = Number(flags.probes);

const { migrateDatabase } = await import("@/lib/db/boot");
const { openPostgres } = await import("@/lib/db/open-postgres");
const { createPostgresDatabase } = await import("@/lib/testing/databases");
const { startProbeApiServer } = await import("@/lib/testing/probe-api-server");
const { createProbeLocation } = await import("@/lib/probes/locations");
const { createProbeRoundsJob } = await import("@/lib/probes/probe-rounds-job");

const created = await createPostgresDatabase("beacon_bench_probes");
const db = openPostgres({ url: created.url, connectTimeoutMs: 5_000, statementTimeoutMs: 30_000 });
await migrateDatabase(db);
const prisma = db.prisma;
const target = await startCheckTarget();
const actor = { type: "system" as const, id: null, label: "bench" };

const tokens: string[] = [];
for (let i = 0; i < PROBES; i++) {
  const location = await createProbeLocation(prisma, actor, { name: `bench-${i + 1}` });
  if (!location.ok) throw new Error(location.error.message);
  tokens.push(location.data.token);
}
const component = await prisma.component.create({ data: { slug: "bench-probes", name: "Bench probes", startDate: new Date() } });
const parked = new Date(Date.now() + 86_400_000);
const stepMs = (INTERVAL_S * 1000) / MONITORS;
await prisma.monitor.createMany({
  data: Array.from({ length: MONITORS }, (_, i) => ({
    componentId: component.id,
    name: `bench ${i + 1}`,
    kind: "http" as const,
    url: target.url,
    intervalSeconds: INTERVAL_S,
    timeoutMs: 5_000,
    placement: "all" as const,
    nextCheckAt: parked,
  })),
});
await prisma.$executeRaw`
  INSERT INTO "ProbeAssignment" (id, "monitorId", "locationId", "nextCheckAt")
  SELECT gen_random_uuid()::text, m.id, l.id, m."nextCheckAt" FROM "Monitor" m CROSS JOIN "ProbeLocation" l`;

const api = await startProbeApiServer(prisma);
const rounds = createProbeRoundsJob({ prisma: async () => prisma, offlineAfterMs: 60_000, log: () => undefined });
const probes: ChildProcess[] = tokens.map((token, i) =>
  spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "probe/main.ts",
      "--url",
      api.url,
      "--token",
      token,
      "--location",
      `bench-${i + 1}`,
      "--allow-private-networks",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  ),
);
// The run starts once every probe has reported in (their start-up is not what is measured).
for (;;) {
  const waiting = await prisma.probeLocation.count({ where: { lastContactAt: null } });
  if (waiting === 0) break;
  await new Promise((r) => setTimeout(r, 250));
}
// Due times spread evenly over one interval, as on a page whose monitors were added over time.
const runStart = new Date(Date.now() + 2_000);
await prisma.$executeRaw`
  UPDATE "ProbeAssignment" a SET "nextCheckAt" = ${runStart}::timestamptz + (o.n * ${stepMs}::float8) * interval '1 millisecond'
    FROM (SELECT id, dense_rank() OVER (ORDER BY id) - 1 AS n FROM "Monitor") o
   WHERE a."monitorId" = o.id`;
console.log(`[bench] ${PROBES} probes × ${MONITORS} HTTP monitors every ${INTERVAL_S} s for ${MINUTES} min on Postgres`);

const commits = async () =>
  Number(
    (
      await prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT (xact_commit + xact_rollback) AS n FROM pg_stat_database WHERE datname = current_database()`
    )[0].n,
  );
while (Date.now() < runStart.getTime()) await new Promise((r) => setTimeout(r, 50));
rounds.start();
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
const txBefore = await commits();
const rss: number[] = [];
const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1_000);
const runEnd = runStart.getTime() + MINUTES * 60_000;
while (Date.now() < runEnd) await new Promise((r) => setTimeout(r, 1_000));
const wallMs = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
const txAfter = await commits();
clearInterval(sampler);
// The probes finish their checks and send what they buffered before they exit.
await Promise.all(probes.map((probe) => new Promise((resolve) => probe.once("exit", resolve).kill("SIGTERM"))));
await rounds.stop();

const dueBefore = new Date(runEnd);
const [timing] = await prisma.$queryRaw<{ checks: number; onTime: number; failed: number; p50: number; p99: number; max: number }[]>`
  SELECT COUNT(*)::int AS checks,
         COUNT(*) FILTER (WHERE "startedAt" - "dueAt" <= interval '1 second')::int AS "onTime",
         COUNT(*) FILTER (WHERE NOT ok)::int AS failed,
         COALESCE(percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS p50,
         COALESCE(percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS p99,
         COALESCE(MAX(EXTRACT(EPOCH FROM "startedAt" - "dueAt") * 1000), 0)::float8 AS max
    FROM "ProbeResult" WHERE "dueAt" >= ${runStart} AND "dueAt" < ${dueBefore}`;
// Uploaded results beyond the stored ones are checks a probe ran twice (a batch id seen before is not counted).
const [uploads] = await prisma.$queryRaw<{ uploaded: number; stored: number }[]>`
  SELECT (SELECT COALESCE(SUM(results), 0) FROM "ProbeBatch")::int AS uploaded, (SELECT COUNT(*) FROM "ProbeResult")::int AS stored`;
const [twice] = await prisma.$queryRaw<{ pairs: number }[]>`
  SELECT COUNT(*)::int AS pairs FROM (SELECT 1 FROM "MonitorCheck" GROUP BY "monitorId", "dueAt" HAVING COUNT(*) > 1) AS d`;
const [decided] = await prisma.$queryRaw<{ n: number }[]>`
  SELECT COUNT(*)::int AS n FROM "MonitorCheck" WHERE "dueAt" >= ${runStart} AND "dueAt" < ${dueBefore}`;
if (process.env.BENCH_DEBUG) {
  console.log(
    await prisma.$queryRaw`SELECT floor(EXTRACT(EPOCH FROM "dueAt" - ${runStart}::timestamptz) / 10)::int AS bucket, COUNT(*)::int AS n, "locationId"
      FROM "ProbeResult" GROUP BY 1, 3 ORDER BY 1, 3`,
  );
}
const expected = Math.floor((MINUTES * 60 * MONITORS) / INTERVAL_S) * PROBES;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const rows: [string, string][] = [
  ["probes × monitors × interval × duration", `${PROBES} × ${MONITORS} × ${INTERVAL_S} s × ${MINUTES} min`],
  ["location checks due / run", `${expected} / ${timing.checks} (${timing.failed} failed)`],
  ["started within 1 s of due", `${((timing.onTime / Math.max(1, timing.checks)) * 100).toFixed(2)} %`],
  ["start delay p50 / p99 / max", `${timing.p50.toFixed(0)} / ${timing.p99.toFixed(0)} / ${timing.max.toFixed(0)} ms`],
  ["checks run twice (uploaded − stored, must be 0)", String(uploads.uploaded - uploads.stored)],
  ["rounds decided twice (must be 0)", String(twice.pairs)],
  ["quorum rounds decided", String(decided.n)],
  ["central CPU (probe API + rounds, % of one core)", `${(((cpu.user + cpu.system) / 1000 / wallMs) * 100).toFixed(1)} %`],
  ["central RSS median / max", `${mb(rss.sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? 0)} / ${mb(Math.max(...rss))}`],
  ["store transactions/s", ((txAfter - txBefore) / (wallMs / 1000)).toFixed(0)],
];
for (const [label, value] of rows) console.log(`${label.padEnd(50)} ${value}`);

await api.close();
target.stop();
await db.close();
await created.drop();
process.exit(0);
