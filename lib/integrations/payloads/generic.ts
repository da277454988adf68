import { readJsonPath } from "@/lib/core/json-path";
import type { GenericMapping } from "./generic-mapping";
import { clip, type IncomingAlert, labelsFrom, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, type ParsedNotification } from "./incoming-alert";

const MAX_ALERTS = 1_000;

function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/** Reads a generic JSON body through the integration's mapping; a missing field is named with its alert's index. */
export function parseGeneric(mapping: GenericMapping, body: unknown): ParsedNotification {
  const found = readJsonPath(body, mapping.alerts);
  const list = mapping.alerts === "$" && !Array.isArray(found) ? [found] : found;
  if (!Array.isArray(list)) return { ok: false, field: "alerts", message: `alerts: nothing at ${mapping.alerts} is a list of alerts` };
  if (list.length > MAX_ALERTS) return { ok: false, field: "alerts", message: `alerts: at most ${MAX_ALERTS} alerts per request` };
  const alerts: IncomingAlert[] = [];
  for (const [index, item] of list.entries()) {
    const at = (field: string) => (list === found ? `alerts.${index}.${field}` : field);
    const missing = (field: string, p: string) => ({ ok: false as const, field: at(field), message: `${at(field)}: no text at ${p}` });
    const id = scalarText(readJsonPath(item, mapping.id));
    if (id === null) return missing("id", mapping.id);
    const status = scalarText(readJsonPath(item, mapping.status));
    if (status === null) return missing("status", mapping.status);
    const title = scalarText(readJsonPath(item, mapping.title));
    if (title === null) return missing("title", mapping.title);
    const description = mapping.description ? scalarText(readJsonPath(item, mapping.description)) : null;
    const groupKey = mapping.groupKey ? scalarText(readJsonPath(item, mapping.groupKey)) : null;
    const resolved = mapping.resolvedValues.some((v) => v.toLowerCase() === status.toLowerCase());
    alerts.push({
      id: clip(id, 500),
      status: resolved ? "resolved" : "firing",
      title: clip(title, MAX_TITLE_CHARS),
      description: description ? clip(description, MAX_DESCRIPTION_CHARS) : null,
      labels: mapping.labels ? labelsFrom(readJsonPath(item, mapping.labels)) : {},
      groupKey: clip(groupKey ?? id, 500),
    });
  }
  return { ok: true, alerts };
}
