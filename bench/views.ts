// `npm run bench:views`: what deriving each public view costs at scale (200 components, 10,000 incidents), in one
// process, without a database: first from a model (cold), then from a changed model (one incident updated, every
// other part shared), which is what every render after a change pays.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  process.exit(spawnSync(process.execPath, args, { stdio: "inherit" }).status ?? 1);
}

const { modelAtScale, withIncidentUpdate } = await import("@/lib/testing/model-at-scale");
const { statusPageOfModel } = await import("@/lib/status/status-page-of-model");
const { statuspageSnapshotOfModel, pageVersionOfModel } = await import("@/lib/statuspage/snapshot-of-model");
const { renderSummary } = await import("@/lib/statuspage/render-summary");
const { incidentFromModel } = await import("@/lib/incidents/public-views");
const { historyFromModel } = await import("@/lib/history/history-of-model");
const { feedHistoryOfModel, maintenanceCalendarOfModel } = await import("@/lib/feeds/feeds-of-model");
const { scopedModel } = await import("@/lib/feeds/feed-scope");
const { badgeTargetOfModel } = await import("@/lib/badges/queries");
const { publicRefsOf } = await import("@/lib/public-model/refs");

const now = new Date();
let model = modelAtScale(now);
const views: [string, (m: typeof model) => unknown][] = [
  ["status page (/, embed, badges, llms.txt)", (m) => statusPageOfModel(m, now)],
  ["page version (every page's live-update baseline)", (m) => pageVersionOfModel(m, now)],
  ["summary.json", (m) => renderSummary(statuspageSnapshotOfModel(m, now))],
  ["history page 1", (m) => historyFromModel(m, 1)],
  ["history page 250", (m) => historyFromModel(m, 250)],
  ["incident i5000", (m) => incidentFromModel(m, "i5000")],
  ["feeds (atom/rss)", (m) => feedHistoryOfModel(m)],
  ["feeds ?component=component-1", (m) => feedHistoryOfModel(scopedModel(m, "component-1")!)],
  ["calendar", (m) => maintenanceCalendarOfModel(m, now)],
  ["badge of component-1", (m) => badgeTargetOfModel(m, "component-1", now)],
  ["front-server refs", (m) => publicRefsOf(m)],
];
// CPU time of this process (user + system), not wall time: on a machine shared with builds, wall time mostly
// measures the other processes.
const time = (work: () => unknown) => {
  const startedAt = process.cpuUsage();
  work();
  const used = process.cpuUsage(startedAt);
  return (used.user + used.system) / 1000;
};
const cold = views.map(([, view]) => time(() => view(model)));
const changed: number[][] = views.map(() => []);
for (let round = 0; round < 5; round++) {
  model = withIncidentUpdate(model, `Round ${round}`, new Date(now.getTime() + round));
  for (const [i, [, view]] of views.entries()) changed[i].push(time(() => view(model)));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${"view".padEnd(52)} first (CPU ms)  changed model: median / max (CPU ms)`);
for (const [i, [label]] of views.entries()) {
  console.log(
    `${label.padEnd(52)} ${cold[i].toFixed(1).padStart(10)}  ${median(changed[i]).toFixed(1)} / ${Math.max(...changed[i]).toFixed(1)}`,
  );
}
