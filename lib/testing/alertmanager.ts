// Debian's Alertmanager (`prometheus-alertmanager`), started by a test with a webhook receiver pointing at Beacon.
import path from "node:path";
import { ensureDebianPackage } from "./debian-package";
import { startPrometheusDaemon } from "./prometheus-daemon";

const BINARY = "/usr/bin/prometheus-alertmanager";

export const ensureAlertmanager = () => ensureDebianPackage(BINARY, "prometheus-alertmanager", "The Alertmanager test");

export interface RunningAlertmanager {
  api: string;
  /** Fires (no endsAt) or resolves (endsAt in the past) alerts through Alertmanager's v2 API, as Prometheus does. */
  post(alerts: { labels: Record<string, string>; annotations?: Record<string, string>; endsAt?: string }[]): Promise<void>;
  stop(): Promise<void>;
}

/** Alertmanager grouping by `groupBy`, notifying `webhookUrl` with a bearer token within about a second. */
export async function startAlertmanager(webhookUrl: string, token: string, groupBy: string[]): Promise<RunningAlertmanager> {
  const binary = ensureAlertmanager();
  const config = `global: { resolve_timeout: 5s }
route:
  receiver: beacon
  group_by: [${groupBy.map((l) => JSON.stringify(l)).join(", ")}]
  group_wait: 500ms
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: beacon
    webhook_configs:
      - url: "${webhookUrl}"
        send_resolved: true
        http_config:
          authorization: { type: Bearer, credentials: "${token}" }
`;
  const daemon = await startPrometheusDaemon(binary, "alertmanager.yml", config, (dir, port) => [
    `--config.file=${path.join(dir, "alertmanager.yml")}`,
    `--storage.path=${path.join(dir, "data")}`,
    `--web.listen-address=127.0.0.1:${port}`,
    "--cluster.listen-address=",
  ]);
  const { api } = daemon;
  return {
    api,
    async post(alerts) {
      const response = await fetch(`${api}/api/v2/alerts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(alerts.map((a) => ({ ...a, annotations: a.annotations ?? {} }))),
      });
      if (!response.ok) throw new Error(`Alertmanager refused the alerts: ${response.status} ${await response.text()}`);
    },
    stop: daemon.stop,
  };
}
