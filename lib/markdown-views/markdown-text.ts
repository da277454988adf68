// Small helpers shared by the markdown views: times in UTC for machines, and text that cannot break the markdown.

/** `2026-11-24 12:00 UTC`: agents and CLIs read one unambiguous zone, whatever the page's. */
export function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** One line of plain text: newlines folded, markdown link/emphasis characters escaped, cut at `max` characters. */
export function inline(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
  return cut.replace(/([\\`*_[\]<>])/g, "\\$1");
}

export const baseUrlOf = (url: string) => url.replace(/\/$/, "");
