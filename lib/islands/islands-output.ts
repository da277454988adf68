import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Where `npm run build` puts the islands public pages load (scripts/build-islands.ts), and the one way to read them.

export const ISLANDS_DIR = path.join(".next", "beacon", "islands");
/** An island file's name as esbuild writes it: name, content hash, .js. */
export const ISLAND_FILE = /^[A-Za-z0-9_-]{1,80}\.js$/;

/** The bytes of one built island file, or null when there is no such file. */
export async function readIslandFile(name: string): Promise<Buffer | null> {
  if (!ISLAND_FILE.test(name)) return null;
  return readFile(path.join(process.cwd(), ISLANDS_DIR, name)).catch(() => null);
}
