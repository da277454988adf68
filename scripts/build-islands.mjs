// Builds the islands public pages carry (components/islands/) into .next/beacon/islands/: islands.js, loaded by
// every public page, and chunks it imports only when needed (the response-time chart). The esbuild metafile is
// kept as manifest.json: the front server and the byte-budget test read it.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";

const outdir = ".next/beacon/islands";
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: { islands: "components/islands/islands.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  jsx: "automatic",
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "warning",
});
await writeFile(`${outdir}/manifest.json`, JSON.stringify(result.metafile));
