import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { PUBLIC_MODEL_FORMAT, type PublicModel } from "./model";

// The public model on disk, so that a Beacon started while its store is down answers every public URL from the
// last known state. One header line (format, checksum, length), then the model as JSON. Written to a temporary
// file and renamed over the old one, so a crash mid-write leaves the previous file whole. A file of another
// format, cut short or altered is ignored with one log line, never served.
//
// At 10,000 incidents the file is tens of megabytes and one JSON.stringify holds the event loop for seconds, so
// saveModel writes it in slices: each element of the model's lists is encoded on its own, yielding to the event
// loop every few hundred, and kept per object (the model is immutable and a change read shares every unchanged
// incident), so after a change only what changed is encoded again. The text is the same as serializeModel's.

export const MODEL_FILE = "public-model.json";

interface Header {
  format: number;
  sha256: string;
  bytes: number;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Dates travel as {"$date": iso}, so a text that merely looks like a date stays a text. */
function encode(this: Record<string, unknown>, key: string, value: unknown) {
  const original = this[key];
  return original instanceof Date ? { $date: original.toISOString() } : value;
}

function decode(_key: string, value: unknown) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === "string" && Object.keys(value).length === 1) return new Date(date);
  }
  return value;
}

export function serializeModel(model: PublicModel): string {
  const body = JSON.stringify(model, encode);
  const header: Header = { format: PUBLIC_MODEL_FORMAT, sha256: sha256(body), bytes: Buffer.byteLength(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The model in `text`, or the reason it cannot be used. */
export function parseModel(text: string): { ok: true; model: PublicModel } | { ok: false; reason: string } {
  const newline = text.indexOf("\n");
  if (newline === -1) return { ok: false, reason: "no header" };
  let header: Header;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return { ok: false, reason: "unreadable header" };
  }
  if (header.format !== PUBLIC_MODEL_FORMAT) return { ok: false, reason: `format ${header.format}, expected ${PUBLIC_MODEL_FORMAT}` };
  const body = text.slice(newline + 1);
  if (Buffer.byteLength(body) !== header.bytes || sha256(body) !== header.sha256) return { ok: false, reason: "checksum mismatch" };
  try {
    return { ok: true, model: JSON.parse(body, decode) as PublicModel };
  } catch {
    return { ok: false, reason: "unreadable body" };
  }
}

/** The longest the encoding holds the event loop before it yields (checked after each element). */
const SLICE_MS = 8;
const encoded = new WeakMap<object, { text: string; bytes: number }>();
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The body in pieces (never joined: joining tens of megabytes holds the loop), with its checksum and length. */
async function encodeInSlices(model: PublicModel): Promise<{ pieces: string[]; header: Header }> {
  const pieces: string[] = [];
  const hash = createHash("sha256");
  let bytes = 0;
  let sliceStart = performance.now();
  const add = (text: string, length = Buffer.byteLength(text)) => {
    pieces.push(text);
    hash.update(text);
    bytes += length;
  };
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
  add("{");
  let firstField = true;
  for (const [key, value] of Object.entries(model)) {
    const name = `${firstField ? "" : ","}${JSON.stringify(key)}:`;
    firstField = false;
    if (!Array.isArray(value)) {
      add(`${name}${JSON.stringify(value, encode)}`);
      continue;
    }
    add(`${name}[`);
    let index = 0;
    for (const item of value as unknown[]) {
      if (index++ > 0) add(",", 1);
      const keep = typeof item === "object" && item !== null;
      let known = keep ? encoded.get(item) : undefined;
      if (known === undefined) {
        const text = JSON.stringify(item, encode) ?? "null";
        known = { text, bytes: Buffer.byteLength(text) };
        if (keep) encoded.set(item, known);
      }
      add(known.text, known.bytes);
      await pause();
    }
    add("]", 1);
  }
  add("}", 1);
  return { pieces, header: { format: PUBLIC_MODEL_FORMAT, sha256: hash.digest("hex"), bytes } };
}

/** serializeModel's text, encoded in slices that each hold the event loop for a few milliseconds. */
export async function serializeModelInSlices(model: PublicModel): Promise<string> {
  const { pieces, header } = await encodeInSlices(model);
  return `${JSON.stringify(header)}\n${pieces.join("")}`;
}

/** Writes the model to `dir` (atomically: a temporary file renamed over the old one); returns its size in bytes. */
export async function saveModel(dir: string, model: PublicModel): Promise<number> {
  const { pieces, header } = await encodeInSlices(model);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, MODEL_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  const headerLine = `${JSON.stringify(header)}\n`;
  const file = await open(temporary, "w");
  try {
    await file.write(headerLine);
    // About a megabyte per write: few system calls, no piece of the loop held long.
    let batch: string[] = [];
    let batchLength = 0;
    for (const piece of pieces) {
      batch.push(piece);
      batchLength += piece.length;
      if (batchLength >= 1 << 20) {
        await file.write(batch.join(""));
        batch = [];
        batchLength = 0;
      }
    }
    if (batch.length) await file.write(batch.join(""));
  } finally {
    await file.close();
  }
  await rename(temporary, target);
  return Buffer.byteLength(headerLine) + header.bytes;
}

/** The model kept in `dir`, or null (nothing kept yet, or a file that must not be served: logged once). */
export async function loadSavedModel(dir: string, log: (line: string) => void = console.error): Promise<PublicModel | null> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MODEL_FILE), "utf8");
  } catch {
    return null; // first start
  }
  const parsed = parseModel(text);
  if (parsed.ok) return parsed.model;
  log(`[beacon] ignoring ${path.join(dir, MODEL_FILE)}: ${parsed.reason}`);
  return null;
}
