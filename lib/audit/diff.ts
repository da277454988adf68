// Reading an audit entry: which record it was about (by name, not only by id) and which of its fields changed.
// Pure, so the admin page and tests read the same thing; snapshots are the JSON the log stored.

export interface FieldChange {
  /** Dotted path into the snapshot, e.g. "name" or "maintenance.scheduledFor". */
  field: string;
  /** The value as text; null when the field was absent (a create, a delete, or a field added later). */
  before: string | null;
  after: string | null;
}

// Bookkeeping every write touches: showing it would make every diff look alike.
const IGNORED_FIELDS = new Set(["updatedAt"]);
const NAME_FIELDS = ["name", "title", "email", "label"] as const;

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

function nameIn(snapshot: unknown): string | null {
  if (!isObject(snapshot)) return null;
  for (const key of NAME_FIELDS) {
    const value = snapshot[key];
    if (typeof value === "string" && value.trim()) return value;
  }
  return null;
}

/** The record's name as the log saw it last: the after snapshot's, else the before's, looking one level down too. */
export function auditRecordName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    const direct = nameIn(snapshot);
    if (direct) return direct;
  }
  for (const snapshot of [after, before]) {
    if (!isObject(snapshot)) continue;
    for (const value of Object.values(snapshot)) {
      const nested = nameIn(value);
      if (nested) return nested;
    }
  }
  return null;
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isObject(value) && (prefix === "" || Object.keys(value).length > 0)) {
    for (const [key, child] of Object.entries(value)) {
      if (!IGNORED_FIELDS.has(key)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
    return;
  }
  if (prefix) into.set(prefix, value);
}

function text(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The fields whose value differs between the snapshots, in the order they first appear (after's order for a create). */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const was = new Map<string, unknown>();
  const is = new Map<string, unknown>();
  flatten(before ?? {}, "", was);
  flatten(after ?? {}, "", is);
  const fields = [...new Set([...was.keys(), ...is.keys()])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [from, to] = [text(was.get(field)), text(is.get(field))];
    if (from !== to) changes.push({ field, before: from, after: to });
  }
  return changes;
}
