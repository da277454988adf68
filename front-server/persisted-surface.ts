import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { type PreparedResponse, prepareResponse } from "./prepared-response";

// The last known public surface on disk, so that a Beacon restarted while its store is down still answers with
// the last state instead of an error page. Written shortly after changes, atomically (write, then rename).

const FILE = "public-surface.json";
const FORMAT = 1;

interface SavedEntry {
  key: string;
  status: number;
  headers: Record<string, string>;
  body: string; // base64
  asOf: number;
}

export async function saveSurface(dir: string, entries: Iterable<{ key: string; response: PreparedResponse; asOf: number }>) {
  const saved: SavedEntry[] = [];
  for (const { key, response, asOf } of entries) {
    saved.push({ key, status: response.status, headers: response.baseHeaders, body: response.body.toString("base64"), asOf });
  }
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ format: FORMAT, entries: saved }));
  await rename(temporary, target);
}

export async function loadSurface(dir: string): Promise<{ key: string; response: PreparedResponse; asOf: number }[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, FILE), "utf8");
  } catch {
    return []; // first start
  }
  try {
    const saved = JSON.parse(text) as { format: number; entries: SavedEntry[] };
    if (saved.format !== FORMAT) return [];
    return saved.entries.map((e) => ({
      key: e.key,
      response: prepareResponse(e.status, e.headers, Buffer.from(e.body, "base64")),
      asOf: e.asOf,
    }));
  } catch (error) {
    console.error(`[beacon] ignoring an unreadable ${FILE}:`, (error as Error).message);
    return [];
  }
}
