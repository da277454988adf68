// `npm run bench`, first part: light for the reader, lean on the server (issue 19), on the embedded database.
// Prints the start to the first 200 on `/` (after a first start), Lighthouse on `/`, an incident page and `/history`
// (mobile preset, median of 3 runs: its four scores, LCP, TBT, transfer size, DOM elements) with the weight of the
// three first views together, and the RSS of the whole process tree idle and over a sustained load.
// Options: --memory-minutes N (default 5), --connections N (default 64), --runs N (Lighthouse runs, default 3).
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBeacon } from "./support/beacon-process";
import { medianLighthouse } from "./support/lighthouse";
import { ensureBuild, ensureTools } from "./support/prerequisites";
import { printTable } from "./support/table";
import { loadWithWrk } from "./support/wrk";

const { values } = parseArgs({
  options: {
    "memory-minutes": { type: "string", default: "5" },
    connections: { type: "string", default: "64" },
    runs: { type: "string", default: "3" },
  },
});
const WEIGHT_BUDGET_BYTES = 100 * 1024;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

await ensureTools();
await ensureBuild();
const scratch = await mkdtemp(path.join(os.tmpdir(), "beacon-reader-"));
// The embedded database: no DATABASE_URL.
const env = { DATABASE_URL: "", BEACON_DATA_DIR: path.join(scratch, "data") };
// The first start migrates and seeds the demo. On another port: its edge workers may outlive it for a moment.
await (await startBeacon(3482, env)).stop();
const startedAt = performance.now();
const beacon = await startBeacon(3481, env);
const startMs = performance.now() - startedAt;
try {
  console.log("\nStart: `npm start`'s server on the embedded database, after its first start, to the first 200 on /");
  printTable(["start to first 200 on /"], [[`${(startMs / 1000).toFixed(2)} s`]]);

  const incidents = (await (await fetch(`${beacon.origin}/api/v2/incidents.json`)).json()) as { incidents: { id: string }[] };
  const pages = ["/", `/incidents/${incidents.incidents.at(-1)?.id}`, "/history"];
  for (const page of pages) await fetch(`${beacon.origin}${page}`); // prepared before Lighthouse looks
  const idle = beacon.rssBytes();

  console.log(`\nLighthouse (mobile preset, Debian Chromium, median of ${values.runs} runs per page)`);
  const rows: string[][] = [];
  let weight = 0;
  for (const page of pages) {
    const result = await medianLighthouse(`${beacon.origin}${page}`, Number(values.runs));
    weight += result.transferBytes;
    rows.push([
      page.replace(/[0-9a-f-]{36}$/, "<id>"),
      String(result.performance),
      String(result.accessibility),
      String(result.bestPractices),
      String(result.seo),
      `${(result.lcpMs / 1000).toFixed(2)} s`,
      `${result.tbtMs.toFixed(0)} ms`,
      `${kb(result.transferBytes)} KB`,
      String(result.domElements),
    ]);
  }
  printTable(["page", "performance", "accessibility", "best practices", "SEO", "LCP", "TBT", "transfer", "DOM elements"], rows);
  console.log(
    `\nWeight: first views of the three pages together ${kb(weight)} KB transferred (budget ${kb(WEIGHT_BUDGET_BYTES)} KB): ${weight <= WEIGHT_BUDGET_BYTES ? "within" : "OVER"}`,
  );

  const minutes = Number(values["memory-minutes"]);
  console.log(`\nMemory: RSS of the whole process tree (server and edge workers), idle and over ${minutes} min of load`);
  const script = path.join(scratch, "rotate.lua");
  const routes = ["/", "/badge.svg", "/api/v2/summary.json", ...pages.slice(1)];
  await writeFile(
    script,
    `local paths = {${routes.map((r) => `"${r}"`).join(", ")}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % #paths) + 1])\nend\n`,
  );
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(beacon.rssBytes()), 5_000);
  const load = await loadWithWrk(beacon.origin, { connections: Number(values.connections), seconds: Math.round(minutes * 60), script });
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const after = beacon.rssBytes();
  printTable(
    ["requests", "errors", "tree RSS idle MB", "tree RSS max under load MB", "tree RSS after load MB"],
    [[String(load.requests), String(load.errors), mb(idle), mb(Math.max(...samples, after)), mb(after)]],
  );
} finally {
  await beacon.stop();
}
