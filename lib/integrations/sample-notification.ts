import type { IntegrationKind } from "@/lib/generated/prisma/enums";

// A small notification of the integration's kind, to start a test alert from: the admin edits its labels.

export function sampleNotification(kind: IntegrationKind): string {
  const labels = { alertname: "BackendDown", service: "backend-api", severity: "critical" };
  const alert = {
    status: "firing",
    labels,
    annotations: { summary: "Backend API is down", description: "Health checks fail" },
    startsAt: "2026-01-01T00:00:00Z",
    endsAt: "0001-01-01T00:00:00Z",
    fingerprint: "test-alert",
  };
  if (kind === "generic") {
    return JSON.stringify({ id: "test-alert", status: "firing", title: "Backend API is down", labels }, null, 2);
  }
  return JSON.stringify(
    {
      version: kind === "grafana" ? "1" : "4",
      groupKey: '{}:{alertname="BackendDown"}',
      status: "firing",
      receiver: "beacon",
      groupLabels: { alertname: "BackendDown" },
      commonLabels: labels,
      commonAnnotations: {},
      externalURL: "http://alertmanager.example",
      alerts: [alert],
    },
    null,
    2,
  );
}
