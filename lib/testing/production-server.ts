import { readFileSync } from "node:fs";

/** The production server as `npm start` runs it: server.ts compiled by `npm run build` (no TypeScript loader at run time). */
export const PRODUCTION_SERVER_ENTRY = ".next/beacon/server.mjs";

/** The Node flags `npm start` gives the server (package.json's start script), so a bench measures what runs in production. */
export function productionNodeFlags(packageJson = "package.json"): string[] {
  const start: string = JSON.parse(readFileSync(packageJson, "utf8")).scripts.start;
  const command = /\bnode\s+(.*?)\s*\.next\/beacon\/server\.mjs/.exec(start);
  return command?.[1] ? command[1].split(/\s+/) : [];
}
