import { PUBLIC_ROUTES } from "@/front-server/public-routes";
import { routeClassOf } from "@/lib/telemetry/route-class";

// Freshness of every public route: after a write, each sample URL of the route table is polled on every instance
// until its ETag moves. Which URLs a kind of write changes is learnt on its first round (a URL still unchanged after
// GIVE_UP_AFTER_MS is one the write does not touch); later rounds wait only for those.

// Polled every 50 ms, not faster: the pollers share the machine with the instances they time.
const POLL_EVERY_MS = 50;
const GIVE_UP_AFTER_MS = 30_000;

export interface SampleIds {
  incident: string;
  maintenance: string;
  component: string;
}

/** Every sample URL of the route table, ids filled in, once each. */
export function publicSampleUrls(ids: SampleIds): string[] {
  const urls = PUBLIC_ROUTES.flatMap((route) => route.samples).map((sample) =>
    sample.replace("{incident}", ids.incident).replace("{maintenance}", ids.maintenance).replace("{component}", ids.component),
  );
  return [...new Set(urls)];
}

/** The ETag a URL answers now (HEAD: the front server answers it from the same prepared response). */
async function etagOf(url: string): Promise<string> {
  const answer = await fetch(url, { method: "HEAD", headers: { "accept-encoding": "identity" } });
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  return answer.headers.get("etag") ?? "";
}

async function lagUntilChanged(url: string, before: string, writtenAt: number): Promise<number> {
  for (;;) {
    if ((await etagOf(url)) !== before) return performance.now() - writtenAt;
    if (performance.now() - writtenAt > GIVE_UP_AFTER_MS) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
}

export interface WriteKind {
  label: string;
  /** One write, through the store directly (every instance hears it by its change notices). */
  write: (round: number) => Promise<void>;
}

export interface FreshnessResult {
  label: string;
  /** Per route (sample URL): per instance, the lag of each round in ms. */
  lags: Map<string, number[][]>;
  untouched: string[];
}

/** `rounds` writes of each kind; per kind, the lag of every route on every instance. */
export async function measureRouteFreshness(origins: string[], routes: string[], kinds: WriteKind[], rounds: number) {
  const results: FreshnessResult[] = [];
  for (const kind of kinds) {
    let watched = routes;
    const lags = new Map<string, number[][]>(routes.map((route) => [route, origins.map(() => [])]));
    for (let round = 0; round < rounds; round++) {
      const pairs = watched.flatMap((route) => origins.map((origin, o) => ({ route, o, url: `${origin}${route}` })));
      const before = await Promise.all(pairs.map((pair) => etagOf(pair.url)));
      await kind.write(round);
      const writtenAt = performance.now();
      const measured = await Promise.all(pairs.map((pair, i) => lagUntilChanged(pair.url, before[i], writtenAt)));
      for (const [i, pair] of pairs.entries()) lags.get(pair.route)![pair.o].push(measured[i]);
      if (round === 0) watched = watched.filter((route) => lags.get(route)!.some((perInstance) => Number.isFinite(perInstance[0])));
      await new Promise((resolve) => setTimeout(resolve, 500)); // let the write's aftermath (file save, edge refresh) settle
    }
    const untouched = routes.filter((route) => !watched.includes(route));
    for (const route of untouched) lags.delete(route);
    results.push({ label: kind.label, lags, untouched });
  }
  return results;
}

// A round in which a URL did not change is left out: a later write of the same kind may leave it as it was (a
// second update with the same status, a second minor incident under the same overall status). Counted apart.
const changedIn = (values: number[]) => values.filter(Number.isFinite);
/** The q-quantile (nearest rank) of the rounds in which the URL changed. */
const quantile = (values: number[], q: number) => {
  const changed = changedIn(values).sort((a, b) => a - b);
  return changed.length === 0 ? Infinity : changed[Math.min(changed.length - 1, Math.ceil(q * changed.length) - 1)];
};
const median = (values: number[]) => quantile(values, 0.5);
const p95 = (values: number[]) => quantile(values, 0.95);
const maxOf = (values: number[]) => (changedIn(values).length === 0 ? Infinity : Math.max(...changedIn(values)));
const show = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)}` : "unchanged");

/**
 * One table per kind of write: route × instance, p50 / p95 over the rounds; then per route over every kind, round
 * and instance; then every kind's overall figures (p50, p95, max).
 */
export function printRouteFreshness(title: string, origins: string[], results: FreshnessResult[]) {
  const names = origins.map((_, o) => (o === 0 ? "A" : "B"));
  console.log(`\n${title}`);
  const summary: string[][] = [];
  for (const result of results) {
    console.log(`\n  ${result.label}: ms until each route shows it, p50 / p95 of the rounds, per instance`);
    const all: number[] = [];
    for (const [route, perInstance] of result.lags) {
      const cells = perInstance.map((runs, o) => `${names[o]} ${show(median(runs))} / ${show(p95(runs))}`);
      all.push(...perInstance.flat());
      console.log(`    ${route.padEnd(64)} ${cells.join("   ")}`);
    }
    if (result.untouched.length > 0) console.log(`    not changed by this write: ${result.untouched.join(", ")}`);
    const slowest = [...result.lags].sort(([, a], [, b]) => maxOf(b.flat()) - maxOf(a.flat()))[0];
    const unchanged = all.length - changedIn(all).length;
    summary.push([
      result.label,
      show(median(all)),
      show(p95(all)),
      show(maxOf(all)),
      slowest?.[0] ?? "",
      `${result.lags.size} (${unchanged} unchanged)`,
    ]);
  }
  const perRoute = new Map<string, number[]>();
  for (const result of results)
    for (const [route, perInstance] of result.lags) perRoute.set(route, [...(perRoute.get(route) ?? []), ...perInstance.flat()]);
  console.log("\n  Per route, every write that changed it, both instances: p50 / p95 ms");
  for (const [route, lags] of perRoute) console.log(`    ${route.padEnd(64)} ${show(median(lags))} / ${show(p95(lags))}`);
  const perClass = new Map<string, number[]>();
  for (const [route, lags] of perRoute) {
    const name = routeClassOf(route);
    perClass.set(name, [...(perClass.get(name) ?? []), ...lags]);
  }
  console.log("\n  Per route class, every write and route that changed, both instances: p50 / p95 / max ms");
  for (const [name, lags] of perClass)
    console.log(`    ${name.padEnd(16)} ${show(median(lags))} / ${show(p95(lags))} / ${show(maxOf(lags))}`);
  const everything = [...perRoute.values()].flat();
  summary.push(["all writes", show(median(everything)), show(p95(everything)), show(maxOf(everything)), "", `${perRoute.size}`]);
  const header = ["write", "p50 ms", "p95 ms", "max ms", "slowest route", "routes changed (URL-rounds not)"];
  const widths = header.map((h, i) => Math.max(h.length, ...summary.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of summary) console.log(line(row));
}
