import type { Monitor } from "@/lib/generated/prisma/client";

// A monitor as admins and API clients see it: never the heartbeat token's hash.

export type MonitorView = Omit<Monitor, "heartbeatTokenHash" | "requestHeaders"> & { requestHeaders: Record<string, string> };

export function toMonitorView(row: Monitor): MonitorView {
  const { heartbeatTokenHash: _secret, requestHeaders, ...rest } = row;
  return { ...rest, requestHeaders: headersOf(requestHeaders) };
}

function headersOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The stored configuration in the create schema's shape, so a PATCH can be checked as a whole monitor. */
export function configOf(row: Monitor) {
  return {
    componentId: row.componentId,
    name: row.name,
    kind: row.kind,
    url: row.url,
    method: row.method,
    requestHeaders: headersOf(row.requestHeaders),
    requestBody: row.requestBody,
    expectedStatusCodes: row.expectedStatusCodes,
    keyword: row.keyword,
    jsonPath: row.jsonPath,
    jsonExpected: row.jsonExpected,
    timeoutMs: row.timeoutMs,
    intervalSeconds: row.intervalSeconds,
    followRedirects: row.followRedirects,
    host: row.host,
    port: row.port,
    failureThreshold: row.failureThreshold,
    recoveryThreshold: row.recoveryThreshold,
    degradedThresholdMs: row.degradedThresholdMs,
    enabled: row.enabled,
  };
}
