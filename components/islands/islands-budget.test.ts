import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIslands, ISLANDS_ENTRY } from "@/scripts/build-islands";

// Issue 19: a first view of a public page fetches one small script. The budget is read from the build's manifest
// (esbuild's metafile, the one `npm run build` writes), not from a timing.

/** What the one script of a public page may weigh, gzip (brotli is smaller still). */
const ISLANDS_BUDGET_BYTES = 8 * 1024;

let outdir: string;
let manifest: Metafile;

beforeAll(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), "beacon-islands-"));
  manifest = await buildIslands(outdir);
});
afterAll(() => rm(outdir, { recursive: true, force: true }));

const outputOf = (entry: string) => Object.entries(manifest.outputs).find(([, meta]) => meta.entryPoint === entry)!;

describe("the islands public pages carry", () => {
  it(`is one script of at most ${ISLANDS_BUDGET_BYTES / 1024} KB compressed, importing nothing before it runs`, async () => {
    const [file, meta] = outputOf(ISLANDS_ENTRY);
    expect(meta.imports.filter((item) => item.kind !== "dynamic-import")).toEqual([]);
    const bytes = await readFile(path.join(outdir, path.basename(file)));
    expect(gzipSync(bytes, { level: 9 }).byteLength).toBeLessThanOrEqual(ISLANDS_BUDGET_BYTES);
    expect(brotliCompressSync(bytes).byteLength).toBeLessThanOrEqual(ISLANDS_BUDGET_BYTES);
  });

  it("holds neither React nor Recharts nor SWR: the chart's bundle is loaded only when a reader opens it", async () => {
    const [file, meta] = outputOf(ISLANDS_ENTRY);
    const inputs = Object.keys(meta.inputs);
    expect(inputs.filter((input) => /node_modules\/(react|react-dom|recharts|swr)\//.test(input))).toEqual([]);
    const [chartFile, chart] = outputOf("components/islands/response-time-chart-island.tsx");
    expect(Object.keys(chart.inputs).some((input) => input.includes("node_modules/recharts/"))).toBe(true);
    const script = await readFile(path.join(outdir, path.basename(file)), "utf8");
    expect(script).toContain(`import(`);
    expect(script).toContain(`/islands/${path.basename(chartFile)}`);
  });
});
