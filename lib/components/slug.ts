// A component's slug is made from its name once, when it is created, and stays put so links keep working.

export const SLUG_MAX_CHARS = 60;
const FALLBACK_SLUG = "component";

/** "Real-time updates (SSE)" → "real-time-updates-sse"; accents are dropped, anything else becomes a dash. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX_CHARS)
    .replace(/^-+|-+$/g, "");
  return slug || FALLBACK_SLUG;
}

/** `base`, or `base-2`, `base-3`… the first one not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
