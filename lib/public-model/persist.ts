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
// loop every few milliseconds, and kept per object, and each list's text per list (the model is immutable and a
// change read shares every unchanged list and incident), so after a change only what changed is encoded again and
// the rest is hashed and written in large pieces. The text is the same as serializeModel's.

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

/** The longest the encoding holds the event loop before it yields. */
const SLICE_MS = 8;
/** Elements encoded between two looks at the clock, and characters per piece: few calls, none long. */
const ELEMENTS_PER_CHECK = 64;
const PIECE_CHARS = 1 << 16;
const encoded = new WeakMap<object, { text: string; bytes: number }>();
/** A list's text, kept per list: a change read shares every list it did not touch (the rollups, the status history). */
const encodedLists = new WeakMap<readonly unknown[], { pieces: string[]; bytes: number }>();
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type Pause = () => Promise<void> | undefined;

/** One list's elements, comma-separated, in pieces of about PIECE_CHARS; each element's text kept per object. */
async function encodeList(list: readonly unknown[], pause: Pause): Promise<{ pieces: string[]; bytes: number }> {
  const kept = encodedLists.get(list);
  if (kept) return kept;
  const pieces: string[] = [];
  let piece = "";
  let bytes = 0;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const keep = typeof item === "object" && item !== null;
    let known = keep ? encoded.get(item) : undefined;
    if (known === undefined) {
      const text = JSON.stringify(item, encode) ?? "null";
      known = { text, bytes: Buffer.byteLength(text) };
      if (keep) encoded.set(item, known);
    }
    piece += index > 0 ? `,${known.text}` : known.text;
    bytes += known.bytes + (index > 0 ? 1 : 0);
    if (piece.length >= PIECE_CHARS) {
      pieces.push(piece);
      piece = "";
    }
    if (index % ELEMENTS_PER_CHECK === 0) await pause();
  }
  if (piece) pieces.push(piece);
  const result = { pieces, bytes };
  encodedLists.set(list, result);
  return result;
}

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
  const pause: Pause = () => {
    if (performance.now() - sliceStart < SLICE_MS) return undefined;
    return yieldToEventLoop().then(() => {
      sliceStart = performance.now();
    });
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
    const list = await encodeList(value, pause);
    for (const piece of list.pieces) {
      pieces.push(piece);
      hash.update(piece);
      await pause();
    }
    bytes += list.bytes;
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
