// Which HTTP status codes count as healthy: "200-299" (the default), "200,204", "200-299,301".

const MIN_CODE = 100;
const MAX_CODE = 599;

/** The ranges in `text`, or null when it is not a list of codes and ranges between 100 and 599. */
export function parseStatusCodeRanges(text: string): [number, number][] | null {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === "")) return null;
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const match = /^(\d{3})(?:\s*-\s*(\d{3}))?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (from < MIN_CODE || to > MAX_CODE || from > to) return null;
    ranges.push([from, to]);
  }
  return ranges;
}

/** True when `code` is in the expected list; an unreadable list falls back to 2xx. */
export function isExpectedStatus(code: number, expected: string): boolean {
  const ranges = parseStatusCodeRanges(expected) ?? [[200, 299]];
  return ranges.some(([from, to]) => code >= from && code <= to);
}
