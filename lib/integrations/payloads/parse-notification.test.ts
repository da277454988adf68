import { describe, expect, it } from "vitest";
import { parseNotification } from "./parse-notification";

const alertmanagerV4 = {
  version: "4",
  groupKey: '{}:{service="backend-api"}',
  truncatedAlerts: 0,
  status: "firing",
  receiver: "beacon",
  groupLabels: { service: "backend-api" },
  commonLabels: { service: "backend-api" },
  commonAnnotations: {},
  externalURL: "http://alertmanager:9093",
  alerts: [
    {
      status: "firing",
      labels: { alertname: "HighErrorRate", service: "backend-api", severity: "critical" },
      annotations: { summary: "Backend API errors above 5%", description: "5xx rate 7%" },
      startsAt: "2026-11-24T12:00:00Z",
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus:9090/graph",
      fingerprint: "3c2f1a9e8d7b6c5a",
    },
  ],
};

describe("reading senders' notifications", () => {
  it("Alertmanager v4: the fingerprint is the id, the summary the title, the groupKey groups", () => {
    expect(parseNotification("alertmanager", null, alertmanagerV4)).toEqual({
      ok: true,
      alerts: [
        {
          id: "3c2f1a9e8d7b6c5a",
          status: "firing",
          title: "Backend API errors above 5%",
          description: "5xx rate 7%",
          labels: { alertname: "HighErrorRate", service: "backend-api", severity: "critical" },
          groupKey: '{}:{service="backend-api"}',
        },
      ],
    });
  });

  it("names the wrong field: another payload version, a missing status", () => {
    expect(parseNotification("alertmanager", null, { ...alertmanagerV4, version: "3" })).toMatchObject({ ok: false, field: "version" });
    const noStatus = { ...alertmanagerV4, alerts: [{ ...alertmanagerV4.alerts[0], status: "pending" }] };
    expect(parseNotification("alertmanager", null, noStatus)).toMatchObject({ ok: false, field: "alerts.0.status" });
    expect(parseNotification("grafana", null, alertmanagerV4)).toMatchObject({ ok: false, field: "version" });
  });

  it("generic JSON: one alert object by default, resolved words end it, ids group alone", () => {
    const parsed = parseNotification("generic", null, { id: 42, status: "OK", title: "Queue backlog", labels: { queue: "mail", n: 3 } });
    expect(parsed).toEqual({
      ok: true,
      alerts: [
        { id: "42", status: "resolved", title: "Queue backlog", description: null, labels: { queue: "mail", n: "3" }, groupKey: "42" },
      ],
    });
  });
});
