import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const CHROMIUM = process.env.BEACON_CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  /** Bytes transferred: HTML, CSS, JS and fonts with the encodings the browser got. */
  transferBytes: number;
  domElements: number;
}

/** One Lighthouse run (the `lighthouse` npm package, its default mobile preset) with Debian Chromium, headless. */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const { stdout } = await run(
    "node_modules/.bin/lighthouse",
    [
      url,
      "--output=json",
      "--quiet",
      `--chrome-path=${CHROMIUM}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--only-categories=performance,accessibility,best-practices,seo",
    ],
    { maxBuffer: 64 << 20, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const report = JSON.parse(stdout);
  const score = (category: string) => Math.round(report.categories[category].score * 100);
  const value = (audit: string) => Number(report.audits[audit]?.numericValue ?? Number.NaN);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    transferBytes: value("total-byte-weight"),
    domElements: value("dom-size"),
  };
}

/** Each figure's median over `runs` runs (the machine is noisy). */
export async function medianLighthouse(url: string, runs = 3): Promise<LighthouseRun> {
  const results: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url));
  const median = (pick: (run: LighthouseRun) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    bestPractices: median((r) => r.bestPractices),
    seo: median((r) => r.seo),
    lcpMs: median((r) => r.lcpMs),
    tbtMs: median((r) => r.tbtMs),
    transferBytes: median((r) => r.transferBytes),
    domElements: median((r) => r.domElements),
  };
}
