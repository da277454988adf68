// The JSON-path subset a health endpoint needs: `$.status`, `$.checks.db.status`, `$.items[0].state`.

const SEGMENT = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]*)"\])/;

/** The path's steps (keys and indexes), or null when it is not a supported path. */
export function parseJsonPath(path: string): (string | number)[] | null {
  if (!path.startsWith("$")) return null;
  const steps: (string | number)[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) return null;
    steps.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3]));
    rest = rest.slice(match[0].length);
  }
  return steps;
}

/** The value at `path` in `document`; undefined when the path is invalid or leads nowhere. */
export function readJsonPath(document: unknown, path: string): unknown {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let value: unknown = document;
  for (const step of steps) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** How a found value reads when compared with the admin's expected text (`true`, `ok`, `3`). */
export function jsonValueAsText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
