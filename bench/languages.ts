// `npm run bench:languages` (part of `npm run bench`): the status page in every shipped language. Requests/s for `/`
// per language (`/?lang=<locale>`, the page's default at `/`), with the renders and database transactions each
// language cost, and the RSS of the server's whole process tree with English alone warmed, then every language.
// Languages render from the one public model: they add prepared entries, never store reads.
// Options: --seconds N (per language, default 10), --connections N (default 64).
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { LOCALES } from "@/lib/i18n/locales";
import { startBeacon, surfaceStats } from "./support/beacon-process";
import { databaseUrl, recreateDatabase, transactionCount } from "./support/postgres";
import { ensureBuild, ensureCommands } from "./support/prerequisites";
import { printTable } from "./support/table";
import { loadWithWrk } from "./support/wrk";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "64" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const DATABASE = process.env.BEACON_BENCH_DATABASE ?? "beacon_bench_languages";
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

ensureCommands([["wrk", "wrk"]]);
await ensureBuild();
const scratch = await mkdtemp(path.join(os.tmpdir(), "beacon-languages-"));
await recreateDatabase(DATABASE);
const env = { DATABASE_URL: databaseUrl(DATABASE), BEACON_DATA_DIR: scratch };
// A first start migrates and seeds; the one measured is a restart, as in production.
await (await startBeacon(3421, env)).stop();
const beacon = await startBeacon(3420, env);
try {
  const pageDefault = /<html lang="([^"]+)"/.exec(await (await fetch(`${beacon.origin}/`)).text())?.[1] ?? "en";
  const urlOf = (locale: string) => (locale === pageDefault ? "/" : `/?lang=${locale}`);

  // English alone: warmed under the same load, then left to settle.
  await loadWithWrk(`${beacon.origin}${urlOf(pageDefault)}`, { connections, seconds: Math.min(seconds, 5) });
  await sleep(5_000);
  const oneLanguage = { rss: beacon.rssBytes(), surface: await surfaceStats(beacon.origin) };

  console.log(`\nLanguages: wrk, ${connections} connections, ${seconds} s per language on the status page (${pageDefault} at /)`);
  const rows: string[][] = [];
  for (const locale of [pageDefault, ...LOCALES.filter((l) => l !== pageDefault)]) {
    const url = urlOf(locale);
    const before = await surfaceStats(beacon.origin);
    const transactionsBefore = await transactionCount(DATABASE);
    const load = await loadWithWrk(`${beacon.origin}${url}`, { connections, seconds });
    const transactions = (await transactionCount(DATABASE)) - transactionsBefore;
    const after = await surfaceStats(beacon.origin);
    rows.push([
      locale,
      url,
      load.requestsPerSecond.toFixed(0),
      `${load.p50Ms.toFixed(2)} / ${load.p99Ms.toFixed(2)}`,
      String(load.errors),
      `${after.renders - before.renders + after.unanswered - before.unanswered} (${load.requests} req)`,
      String(transactions),
    ]);
  }
  printTable(["language", "URL", "req/s", "p50/p99 ms", "errors", "renders (store reads)", "DB xacts during load"], rows);

  await sleep(5_000);
  const allLanguages = { rss: beacon.rssBytes(), surface: await surfaceStats(beacon.origin) };
  console.log("\nMemory: RSS of the whole process tree (server and edge workers), settled after load");
  printTable(
    ["warmed", "RSS MB", "prepared entries", "prepared KB"],
    [
      [`${pageDefault} only`, mb(oneLanguage.rss), String(oneLanguage.surface.entries), (oneLanguage.surface.bytes / 1024).toFixed(0)],
      [
        `all ${LOCALES.length} languages`,
        mb(allLanguages.rss),
        String(allLanguages.surface.entries),
        (allLanguages.surface.bytes / 1024).toFixed(0),
      ],
      [
        "difference",
        `+${mb(allLanguages.rss - oneLanguage.rss)}`,
        "",
        `+${((allLanguages.surface.bytes - oneLanguage.surface.bytes) / 1024).toFixed(0)}`,
      ],
    ],
  );
} finally {
  await beacon.stop();
}
