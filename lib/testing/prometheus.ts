// Debian's Prometheus server, started by a test to scrape Beacon's /metrics the way a real one does.
import path from "node:path";
import { ensureDebianPackage } from "./debian-package";
import { type RunningDaemon, startPrometheusDaemon } from "./prometheus-daemon";

const BINARY = "/usr/bin/prometheus";

export const ensurePrometheus = () => ensureDebianPackage(BINARY, "prometheus", "The metrics test");

/** Prometheus's HTTP API, e.g. `${api}/api/v1/query?query=up`. */
export type RunningPrometheus = RunningDaemon;

/** Prometheus scraping `target` (host:port) every second, with a bearer token when given. */
export async function startPrometheus(target: string, token?: string): Promise<RunningPrometheus> {
  const binary = ensurePrometheus();
  const auth = token ? `\n    authorization: { type: Bearer, credentials: "${token}" }` : "";
  const config = `global: { scrape_interval: 1s, scrape_timeout: 1s }
scrape_configs:
  - job_name: beacon
    static_configs: [{ targets: ["${target}"] }]${auth}
`;
  return startPrometheusDaemon(binary, "prometheus.yml", config, (dir, port) => [
    `--config.file=${path.join(dir, "prometheus.yml")}`,
    `--storage.tsdb.path=${path.join(dir, "data")}`,
    `--web.listen-address=127.0.0.1:${port}`,
  ]);
}

/** Polls a PromQL query until it returns at least one series, or fails after `timeoutMs`. */
export async function queryUntilPresent(api: string, query: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const response = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(query)}`);
    const body = (await response.json()) as { data: { result: { metric: Record<string, string>; value: [number, string] }[] } };
    if (body.data.result.length > 0) return body.data.result;
    if (Date.now() > deadline) throw new Error(`Prometheus has no series for ${query}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
