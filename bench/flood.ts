// `npm run bench:flood`: a flood of never-seen public URLs against a production instance on Postgres — random
// incident ids, random badge labels and refs, `/?_rsc=<random>`, random unread parameters — compared with the same
// time idle. Prints the store's transactions (pg_stat_database) in both, and the prepared layer's renders, entries,
// bytes and the RSS after the flood: a flood may cost renders of valid representations, never store reads.
//   node --import tsx bench/flood.ts [--seconds 20] [--concurrency 16]
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBeacon, surfaceStats } from "./support/beacon-process";
import { databaseUrl, recreateDatabase, transactionCount } from "./support/postgres";
import { ensureBuild } from "./support/prerequisites";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, concurrency: { type: "string", default: "16" } } });
const seconds = Number(values.seconds);
const DATABASE = "beacon_bench_flood";
const random = () => randomBytes(6).toString("hex");
const FLOOD: (() => string)[] = [
  () => `/incidents/${random()}`,
  () => `/badge.svg?label=${random()}`,
  () => `/badge/${random()}.svg`,
  () => `/?_rsc=${random()}`,
  () => `/history?page=${random()}`,
  () => `/api/v2/summary.json?cachebust=${random()}`,
];

await ensureBuild();
await recreateDatabase(DATABASE);
const scratch = await mkdtemp(path.join(os.tmpdir(), "beacon-flood-"));
const beacon = await startBeacon(3421, { DATABASE_URL: databaseUrl(DATABASE), BEACON_DATA_DIR: scratch, BEACON_EDGE_WORKERS: "0" });
try {
  await new Promise((resolve) => setTimeout(resolve, 5_000)); // start-up work settles
  const idleStart = await transactionCount(DATABASE);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const idle = (await transactionCount(DATABASE)) - idleStart;

  const before = await surfaceStats(beacon.origin);
  const floodStart = await transactionCount(DATABASE);
  const until = Date.now() + seconds * 1000;
  let requests = 0;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: Number(values.concurrency) }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i++) {
        const answer = await fetch(`${beacon.origin}${FLOOD[i % FLOOD.length]()}`).catch(() => null);
        await answer?.arrayBuffer();
        statuses.set(answer?.status ?? 0, (statuses.get(answer?.status ?? 0) ?? 0) + 1);
        requests += 1;
      }
    }),
  );
  const flood = (await transactionCount(DATABASE)) - floodStart;
  const after = await surfaceStats(beacon.origin);

  console.log(`\nUnique-URL flood, ${seconds} s each (one instance on Postgres, no edge workers)`);
  console.log(`  store transactions idle                 ${idle}`);
  console.log(
    `  store transactions during the flood     ${flood} (${requests} requests: ${[...statuses].map(([s, n]) => `${n}×${s}`).join(", ")})`,
  );
  console.log(`  renders during the flood                ${after.renders - before.renders}`);
  console.log(`  prepared entries / bytes after          ${after.entries} / ${(after.bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`  RSS after                               ${(beacon.rssBytes() / 1024 / 1024).toFixed(0)} MB`);
} finally {
  await beacon.stop();
}
