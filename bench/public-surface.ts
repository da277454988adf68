// `npm run bench`: Beacon's public surface against nginx serving the same bytes, in one run, on this machine.
// Prints a table: route, Beacon req/s, nginx req/s, ratio, p50/p99, errors, store reads; then freshness after a
// write (on this instance and on a second one sharing the database) and RSS over a sustained load.
// Options: --seconds N (per route, default 10), --memory-minutes N (default 5), --connections N (default 64),
// --base-port N (default 3401: Beacon on N and N+1, nginx on N+9).
import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBeacon, surfaceStats } from "./support/beacon-process";
import { measureFreshness } from "./support/freshness";
import { type NginxFiles, startNginx, verifyNginx } from "./support/nginx";
import { databaseUrl, recreateDatabase, transactionCount } from "./support/postgres";
import { ensureBuild, ensureTools } from "./support/prerequisites";
import { loadWithWrk } from "./support/wrk";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    "memory-minutes": { type: "string", default: "5" },
    connections: { type: "string", default: "64" },
    "base-port": { type: "string", default: "3401" },
  },
});
const seconds = Number(values.seconds);
const memoryMinutes = Number(values["memory-minutes"]);
const connections = Number(values.connections);
const basePort = Number(values["base-port"]);
const nginxOrigin = `http://127.0.0.1:${basePort + 9}`;
const ROUTES = ["/", "/badge.svg", "/api/v2/summary.json"];
const DATABASE = "beacon_bench";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await ensureTools();
await ensureBuild();
const scratch = await mkdtemp(path.join(os.tmpdir(), "beacon-bench-"));
await chmod(scratch, 0o755); // nginx's unprivileged workers read their files from inside it
await recreateDatabase(DATABASE);
const env = (name: string) => ({ DATABASE_URL: databaseUrl(DATABASE), BEACON_DATA_DIR: path.join(scratch, name) });
const beacon = await startBeacon(basePort, env("a"));
const second = await startBeacon(basePort + 1, env("b"));
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
try {
  // The same bytes for nginx: what Beacon answers without compression.
  const files: NginxFiles = {};
  for (const route of ROUTES) {
    const answer = await fetch(`${beacon.origin}${route}`, { headers: { "accept-encoding": "identity" } });
    if (!answer.ok) throw new Error(`${route} answered ${answer.status}`);
    files[route] = {
      body: Buffer.from(await answer.arrayBuffer()),
      contentType: answer.headers.get("content-type") ?? "text/plain",
      brotli: await rawBrotli(`${beacon.origin}${route}`),
    };
  }
  nginx = await startNginx(path.join(scratch, "nginx"), basePort + 9, files);
  await verifyNginx(nginxOrigin, files);

  console.log(
    `\nLoad: wrk, ${connections} connections, ${seconds} s per route and encoding; nginx serves the bytes Beacon sends (identity, or Beacon's brotli bytes to a client that accepts br)`,
  );
  const idleStart = await transactionCount(DATABASE);
  await sleep(seconds * 1000);
  const idleTransactions = (await transactionCount(DATABASE)) - idleStart;

  const rows: string[][] = [];
  for (const [route, encoding] of ROUTES.flatMap((r) => [
    [r, "identity"],
    [r, "br"],
  ])) {
    const headers = encoding === "br" ? ["Accept-Encoding: br"] : [];
    const before = await surfaceStats(beacon.origin);
    const transactionsBefore = await transactionCount(DATABASE);
    const ours = await loadWithWrk(`${beacon.origin}${route}`, { connections, seconds, headers });
    const transactions = (await transactionCount(DATABASE)) - transactionsBefore;
    const after = await surfaceStats(beacon.origin);
    const theirs = await loadWithWrk(`${nginxOrigin}${route}`, { connections, seconds, headers });
    const storeReads = after.renders - before.renders + after.unanswered - before.unanswered;
    rows.push([
      route,
      `${encoding} (${((encoding === "br" ? files[route].brotli : files[route].body).byteLength / 1024).toFixed(1)} KB)`,
      ours.requestsPerSecond.toFixed(0),
      theirs.requestsPerSecond.toFixed(0),
      `${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}×`,
      `${ours.p50Ms.toFixed(2)} / ${ours.p99Ms.toFixed(2)}`,
      `${theirs.p50Ms.toFixed(2)} / ${theirs.p99Ms.toFixed(2)}`,
      `${ours.errors} / ${theirs.errors}`,
      `${storeReads} (${ours.requests} req)`,
      `${transactions} (idle: ${idleTransactions})`,
    ]);
  }
  printTable(
    [
      "route",
      "encoding",
      "Beacon req/s",
      "nginx req/s",
      "ratio",
      "Beacon p50/p99 ms",
      "nginx p50/p99 ms",
      "errors (Beacon / nginx)",
      "renders (store reads)",
      "DB xacts during load",
    ],
    rows,
  );

  console.log("\nFreshness: a write, then every public route polled every 10 ms on both instances until it changes");
  const freshness = await measureFreshness(databaseUrl(DATABASE), [beacon.origin, second.origin], ROUTES);
  printTable(["write", "instance", ...ROUTES], freshness);

  if (memoryMinutes > 0) await measureSustainedMemory(beacon, scratch);
} finally {
  nginx?.kill("SIGQUIT");
  await Promise.all([beacon.stop(), second.stop()]);
}

/** RSS of the Beacon process tree sampled every 5 s over `memoryMinutes` of load on all three routes. */
async function measureSustainedMemory(beacon: Awaited<ReturnType<typeof startBeacon>>, scratch: string) {
  console.log(`\nMemory: RSS of the Beacon process and its edge workers over ${memoryMinutes} min of load on all three routes`);
  const script = path.join(scratch, "rotate.lua");
  await writeFile(
    script,
    `local paths = {${ROUTES.map((r) => `"${r}"`).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`,
  );
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(beacon.rssBytes()), 5_000);
  samples.push(beacon.rssBytes());
  const sustained = await loadWithWrk(beacon.origin, { connections, seconds: Math.round(memoryMinutes * 60), script });
  clearInterval(sampler);
  samples.push(beacon.rssBytes());
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const deviation = Math.max(...samples.map((s) => Math.abs(s - mean) / mean));
  printTable(
    ["requests", "req/s", "errors", "RSS start MB", "RSS min MB", "RSS max MB", "RSS end MB", "max deviation from mean"],
    [
      [
        String(sustained.requests),
        sustained.requestsPerSecond.toFixed(0),
        String(sustained.errors),
        mb(samples[0]),
        mb(Math.min(...samples)),
        mb(Math.max(...samples)),
        mb(samples.at(-1)!),
        `±${(deviation * 100).toFixed(1)}%`,
      ],
    ],
  );
}

/** The brotli bytes Beacon sends, undecoded (fetch would decode them). */
function rawBrotli(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": "br" } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        answer.headers["content-encoding"] === "br" ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url} was not sent as br`)),
      );
    })
      .on("error", reject)
      .end();
  });
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}
