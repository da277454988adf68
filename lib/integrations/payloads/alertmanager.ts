import { z } from "zod";
import { clip, type IncomingAlert, labelsFrom, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS, type ParsedNotification } from "./incoming-alert";

// Alertmanager's webhook (payload version 4) and Grafana's webhook contact point share one shape: a group of
// alerts with labels, annotations and a fingerprint. Grafana says version "1" and adds title, state and message.

const text = z.string().max(10_000);
const alert = z.object({
  status: z.enum(["firing", "resolved"]),
  labels: z.record(z.string(), z.unknown()),
  annotations: z.record(z.string(), z.unknown()).optional(),
  fingerprint: text.min(1),
});
const notification = (version: string) =>
  z.object({
    version: z.literal(version),
    groupKey: text.min(1),
    status: z.enum(["firing", "resolved"]),
    alerts: z.array(alert).max(1_000),
  });

const SCHEMAS = { alertmanager: notification("4"), grafana: notification("1") };

/** Reads an Alertmanager (v4) or Grafana webhook body; a bad one names its first wrong field. */
export function parseAlertmanagerFamily(kind: "alertmanager" | "grafana", body: unknown): ParsedNotification {
  const parsed = SCHEMAS[kind].safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "body";
    return { ok: false, field, message: `${field}: ${issue?.message ?? "invalid"}` };
  }
  const { groupKey, alerts } = parsed.data;
  return {
    ok: true,
    alerts: alerts.map((a): IncomingAlert => {
      const labels = labelsFrom(a.labels);
      const annotations = labelsFrom(a.annotations);
      const title = annotations.summary ?? labels.alertname ?? a.fingerprint;
      return {
        id: a.fingerprint,
        status: a.status,
        title: clip(title, MAX_TITLE_CHARS),
        description: annotations.description ? clip(annotations.description, MAX_DESCRIPTION_CHARS) : null,
        labels,
        groupKey: clip(groupKey, 500),
      };
    }),
  };
}
