import type { KumaMonitor } from "./backup-file";

// An Uptime Kuma monitor as Beacon monitor input, or why it cannot be one. Kuma's http, keyword and json-query are
// Beacon HTTP checks, port is TCP, push is a heartbeat (with a new URL: Kuma's push token is not reusable).

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

export type KumaMapping = { ok: true; input: Record<string, unknown> } | { ok: false; reason: string };

export function beaconMonitorInput(m: KumaMonitor, componentId: string): KumaMapping {
  const intervalSeconds = clamp(m.interval, 10, 3600);
  const common = {
    componentId,
    name: m.name.slice(0, 100),
    intervalSeconds,
    // Kuma retries `maxretries` times before it calls a monitor down.
    failureThreshold: clamp(m.maxretries + 1, 1, 20),
    enabled: m.active,
  };
  // Kuma's timeout is in seconds; Beacon's must stay under the interval.
  const timeoutMs = clamp((m.timeout ?? 48) * 1000, 100, Math.min(60_000, intervalSeconds * 1000 - 100));
  if (m.type === "http" || m.type === "keyword" || m.type === "json-query") {
    if (!m.url) return { ok: false, reason: "it has no URL" };
    return {
      ok: true,
      input: {
        ...common,
        kind: "http",
        url: m.url,
        method: (m.method ?? "GET").toUpperCase(),
        requestHeaders: parseHeaders(m.headers),
        requestBody: m.body || null,
        expectedStatusCodes: (m.accepted_statuscodes ?? ["200-299"]).join(","),
        keyword: m.type === "keyword" ? m.keyword || null : null,
        jsonPath: m.type === "json-query" ? m.jsonPath || null : null,
        jsonExpected: m.type === "json-query" ? m.expectedValue || null : null,
        timeoutMs,
        followRedirects: m.maxredirects > 0,
      },
    };
  }
  if (m.type === "port") {
    if (!m.hostname || !m.port) return { ok: false, reason: "it has no host or port" };
    return { ok: true, input: { ...common, kind: "tcp", host: m.hostname, port: m.port, timeoutMs } };
  }
  if (m.type === "push") return { ok: true, input: { ...common, kind: "heartbeat" } };
  return { ok: false, reason: `Beacon has no ${m.type} monitors` };
}

function parseHeaders(text: string | null | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === "object" ? Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) : {};
  } catch {
    return {};
  }
}
