import type { Monitor } from "@/lib/generated/prisma/client";

// A monitor as admins and API clients see it: never the heartbeat token's hash nor the sealed connection string.

export type MonitorView = Omit<Monitor, "heartbeatTokenHash" | "requestHeaders" | "connectionSealed"> & {
  requestHeaders: Record<string, string>;
  /** Whether a Postgres connection string is kept (it is never shown again). */
  hasConnectionString: boolean;
  /** Placement "locations": the chosen probe locations. */
  locationIds: string[];
};

type MonitorRow = Monitor & { assignments?: { locationId: string }[] };

/** Marks a kept connection string in a merged PATCH: the sealed one stays unless a new one is sent. */
export const KEPT_CONNECTION_STRING = "postgresql://kept.invalid/kept";

export function toMonitorView(row: MonitorRow): MonitorView {
  const { heartbeatTokenHash: _secret, connectionSealed, requestHeaders, assignments, ...rest } = row;
  const locationIds = row.placement === "locations" ? (assignments ?? []).map((a) => a.locationId).sort() : [];
  return { ...rest, requestHeaders: headersOf(requestHeaders), hasConnectionString: connectionSealed !== null, locationIds };
}

function headersOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The stored configuration in the create schema's shape, so a PATCH can be checked as a whole monitor. */
export function configOf(row: MonitorRow) {
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
    keywordAbsent: row.keywordAbsent,
    dnsRecordType: row.dnsRecordType,
    dnsResolver: row.dnsResolver,
    expectedValue: row.expectedValue,
    tlsExpiryWarnDays: row.tlsExpiryWarnDays,
    connectionString: row.connectionSealed ? KEPT_CONNECTION_STRING : null,
    placement: row.placement,
    locationIds: row.placement === "locations" ? (row.assignments ?? []).map((a) => a.locationId) : [],
    quorum: row.quorum,
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
