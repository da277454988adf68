import { createHash } from "node:crypto";

// An imported record's Beacon id is derived from where it came from, so importing again updates it in place.
export function importedId(origin: string, kind: string, externalId: string): string {
  return `imp_${createHash("sha256").update(`${origin}|${kind}|${externalId}`).digest("hex").slice(0, 24)}`;
}

export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "component"
  );
}
