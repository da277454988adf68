// Tests only: parses a badge with a real XML parser (xml2js, via rss-parser) so a malformed SVG fails loudly.
import { createRequire } from "node:module";

const { parseStringPromise } = createRequire(import.meta.url)("xml2js") as {
  parseStringPromise(xml: string): Promise<Record<string, unknown>>;
};

export interface ReadSvg {
  root: string;
  attributes: Record<string, string>;
  title: string;
  /** Every <text> node's content, in document order. */
  texts: string[];
  /** Every fill colour used, in document order. */
  fills: string[];
}

function walk(node: unknown, name: string, into: ReadSvg) {
  if (typeof node === "string") {
    if (name === "text") into.texts.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) walk(child, name, into);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  const attributes = (record.$ ?? {}) as Record<string, string>;
  if (attributes.fill) into.fills.push(attributes.fill);
  if (name === "text" && typeof record._ === "string") into.texts.push(record._);
  for (const [key, child] of Object.entries(record)) if (key !== "$" && key !== "_") walk(child, key, into);
}

export async function readSvg(svg: string): Promise<ReadSvg> {
  const document = await parseStringPromise(svg);
  const [root] = Object.keys(document);
  const element = document[root] as { $?: Record<string, string>; title?: string[] };
  const read: ReadSvg = { root, attributes: element.$ ?? {}, title: element.title?.[0] ?? "", texts: [], fills: [] };
  walk(element, root, read);
  return read;
}
