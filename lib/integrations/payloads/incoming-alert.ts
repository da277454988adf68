// Every sender's notification, read into one shape: the alerts it carries and how the sender groups them.

export type AlertState = "firing" | "resolved";

export interface IncomingAlert {
  /** The sender's id for the alert (Alertmanager's fingerprint); repeats of one alert share it. */
  id: string;
  status: AlertState;
  title: string;
  description: string | null;
  labels: Record<string, string>;
  /** Alerts with the same key are one outage (Alertmanager's groupKey); the alert's id when the sender has none. */
  groupKey: string;
}

export type ParsedNotification = { ok: true; alerts: IncomingAlert[] } | { ok: false; field: string; message: string };

export const MAX_LABEL_CHARS = 1_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_DESCRIPTION_CHARS = 2_000;

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Labels as strings: numbers and booleans read as text, anything else is dropped. */
export function labelsFrom(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) return labels;
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
      labels[clip(key, MAX_LABEL_CHARS)] = clip(String(raw), MAX_LABEL_CHARS);
    }
  }
  return labels;
}
