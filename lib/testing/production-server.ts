import { readFileSync } from "node:fs";

/** The production server as `npm start` runs it: server.ts compiled by `npm run build` (no TypeScript loader at run time). */
export const PRODUCTION_SERVER_ENTRY = ".next/beacon/server.mjs";

const startScript = (packageJson: string): string => JSON.parse(readFileSync(packageJson, "utf8")).scripts.start;

/** The Node flags `npm start` gives the server (package.json's start script), so a bench measures what runs in production. */
export function productionNodeFlags(packageJson = "package.json"): string[] {
  const command = /\bnode\s+(.*?)\s*\.next\/beacon\/server\.mjs/.exec(startScript(packageJson));
  return command?.[1] ? command[1].split(/\s+/) : [];
}

/** The environment `npm start` sets before `node` (`NAME=value` words, such as MALLOC_ARENA_MAX), for the same reason. */
export function productionEnv(packageJson = "package.json"): Record<string, string> {
  const before = startScript(packageJson).split(/\bnode\s/)[0] ?? "";
  return Object.fromEntries([...before.matchAll(/\b([A-Z_][A-Z0-9_]*)=(\S+)/g)].map(([, name, value]) => [name, value]));
}
