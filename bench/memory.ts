// `npm run bench:memory`: RSS of Beacon's whole process tree (the server `npm start` runs, its edge workers and
// anything else it starts) on the embedded database and on Postgres, idle and over a load of the public pages.
// Targets (issue 19): ≤ 350 MB with the embedded database, ≤ 250 MB with Postgres.
// Options: --minutes N (load per database, default 5), --connections N (default 64), --only embedded|postgres,
// --base-port N (default 3491; the run uses N to N+3).
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type BeaconProcess, startBeacon } from "./support/beacon-process";
import { databaseUrl, recreateDatabase } from "./support/postgres";
import { ensureBuild, ensureTools } from "./support/prerequisites";
import { printTable } from "./support/table";
import { loadWithWrk } from "./support/wrk";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    connections: { type: "string", default: "64" },
    only: { type: "string" },
    "base-port": { type: "string", default: "3491" },
  },
});
const basePort = Number(values["base-port"]);
const TARGET_MB = { embedded: 350, postgres: 250 } as const;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await ensureTools();
await ensureBuild();
const scratch = await mkdtemp(path.join(os.tmpdir(), "beacon-memory-"));
const rows: string[][] = [];

async function measure(kind: keyof typeof TARGET_MB, env: Record<string, string>, port: number) {
  // A first start migrates and seeds; the one measured is a restart, as in production.
  await (await startBeacon(port + 1, env)).stop();
  const beacon = await startBeacon(port, env);
  try {
    const incidents = (await (await fetch(`${beacon.origin}/api/v2/incidents.json`)).json()) as { incidents: { id: string }[] };
    const routes = ["/", "/badge.svg", "/api/v2/summary.json", "/history", `/incidents/${incidents.incidents.at(-1)?.id}`];
    for (const route of routes) await fetch(`${beacon.origin}${route}`);
    await sleep(10_000); // the background jobs' first rounds
    const idle = beacon.rssBytes();
    const script = path.join(scratch, "rotate.lua");
    await writeFile(
      script,
      `local paths = {${routes.map((r) => `"${r}"`).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`,
    );
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(beacon.rssBytes()), 5_000);
    const load = await loadWithWrk(beacon.origin, {
      connections: Number(values.connections),
      seconds: Math.round(Number(values.minutes) * 60),
      script,
    });
    clearInterval(sampler);
    await sleep(10_000);
    const after = beacon.rssBytes();
    const max = Math.max(...samples, after);
    rows.push([
      kind,
      workersOf(beacon),
      mb(idle),
      mb(max),
      mb(after),
      `${load.requests} (${load.errors} errors)`,
      `${TARGET_MB[kind]} MB: ${max / 1024 / 1024 <= TARGET_MB[kind] ? "within" : "OVER"}`,
    ]);
  } finally {
    await beacon.stop();
  }
}

function workersOf(beacon: BeaconProcess): string {
  return String(beacon.processCount() - 1);
}

if (values.only !== "postgres") {
  await measure("embedded", { DATABASE_URL: "", BEACON_DATA_DIR: path.join(scratch, "embedded") }, basePort);
}
if (values.only !== "embedded") {
  await recreateDatabase("beacon_memory");
  await measure("postgres", { DATABASE_URL: databaseUrl("beacon_memory"), BEACON_DATA_DIR: path.join(scratch, "postgres") }, basePort + 2);
}
console.log(`\nMemory: RSS of the whole process tree, idle and over ${values.minutes} min of load (${values.connections} connections)`);
printTable(["database", "edge workers", "idle MB", "max under load MB", "after load MB", "requests", "target (max)"], rows);
