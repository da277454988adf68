// Builds the islands public pages carry (components/islands/) into .next/beacon/islands/: islands-<hash>.js, the one
// script every public page loads, and chart-<hash>.js, which it imports only when a reader opens a response-time
// chart. Two builds rather than code splitting, so the page's script imports no shared chunk (one request). The
// esbuild metafiles are kept together as manifest.json: the front server and the byte-budget test read it.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type BuildOptions, build, type Metafile } from "esbuild";

export const ISLANDS_ENTRY = "components/islands/islands.ts";
const CHART_ENTRY = "components/islands/response-time-chart-island.tsx";

const common: BuildOptions = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  jsx: "automatic",
  entryNames: "[name]-[hash]",
  metafile: true,
  logLevel: "warning",
};

/** Builds both bundles into `outdir` and returns the merged metafile. */
export async function buildIslands(outdir: string): Promise<Metafile> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const chart = await build({
    ...common,
    entryPoints: { chart: CHART_ENTRY },
    outdir,
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const chartFile = Object.keys(chart.metafile!.outputs).find((file) => file.endsWith(".js"))!;
  const islands = await build({
    ...common,
    entryPoints: { islands: ISLANDS_ENTRY },
    outdir,
    define: {
      "process.env.NODE_ENV": '"production"',
      "process.env.BEACON_CHART_SRC": JSON.stringify(`/islands/${path.basename(chartFile)}`),
    },
  });
  const manifest: Metafile = {
    inputs: { ...chart.metafile!.inputs, ...islands.metafile!.inputs },
    outputs: { ...chart.metafile!.outputs, ...islands.metafile!.outputs },
  };
  await writeFile(path.join(outdir, "manifest.json"), JSON.stringify(manifest));
  return manifest;
}

if (import.meta.url === `file://${path.resolve(process.argv[1])}`) await buildIslands(".next/beacon/islands");
