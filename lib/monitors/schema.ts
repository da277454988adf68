import { z } from "zod";
import { isValidExpected } from "./expected-value";
import { parseStatusCodeRanges } from "./status-codes";

// The one definition of a monitor's configuration: the admin forms, the write API, OpenAPI and tests parse with these.

export const MONITOR_KINDS = ["http", "tcp", "heartbeat", "dns", "tls", "postgres"] as const;
export const MONITOR_PLACEMENTS = ["builtin", "locations", "all"] as const;
export const DNS_RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"] as const;
export type MonitorKindInput = (typeof MONITOR_KINDS)[number];
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export const MONITOR_NAME_MAX_CHARS = 100;
export const INTERVAL_MIN_SECONDS = 10;
export const INTERVAL_MAX_SECONDS = 3600;
export const TIMEOUT_MIN_MS = 100;
export const TIMEOUT_MAX_MS = 60_000;
export const REQUEST_BODY_MAX_CHARS = 16 * 1024;
export const THRESHOLD_MAX = 20;

// Form fields arrive as "" when left blank: an optional text field left blank means "none".
const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, { error: `${field} must be at most ${max} characters` })
    .nullable()
    .transform((text) => text || null);

const whole = (field: string, min: number, max: number, unit = "") =>
  z
    .number({ error: `${field} must be a whole number${unit}` })
    .int({ error: `${field} must be a whole number${unit}` })
    .min(min, { error: `${field} must be between ${min} and ${max}${unit}` })
    .max(max, { error: `${field} must be between ${min} and ${max}${unit}` });

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers as an object, or as the form's "Name: value" lines. */
const requestHeaders = z
  .union([z.record(z.string(), z.string()), z.string()], { error: "requestHeaders must be an object of header names to text values" })
  .transform((value, ctx) => (typeof value === "string" ? headerLines(value, ctx) : value))
  .superRefine((headers, ctx) => {
    for (const name of Object.keys(headers)) {
      if (!HEADER_NAME.test(name)) ctx.addIssue({ code: "custom", message: `requestHeaders: "${name}" is not a valid header name` });
    }
  });

function headerLines(text: string, ctx: z.RefinementCtx): Record<string, string> {
  const headers: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const colon = line.indexOf(":");
    if (colon <= 0) ctx.addIssue({ code: "custom", message: `requestHeaders line ${index + 1} must read "Name: value"` });
    else headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return headers;
}

const url = z
  .string({ error: "url must be text" })
  .trim()
  .nullable()
  .transform((text) => text || null)
  .refine((text) => text === null || isHttpUrl(text), {
    error: "url must be an http:// or https:// URL, e.g. https://api.example.com/health",
  });

function isHttpUrl(text: string): boolean {
  try {
    const parsed = new URL(text);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

function isResolverAddress(text: string): boolean {
  const bare = /^\[([0-9a-fA-F:.]+)\](?::\d{1,5})?$/.exec(text)?.[1] ?? /^([0-9.]+)(?::\d{1,5})?$/.exec(text)?.[1] ?? text;
  return /^[0-9.]+$/.test(bare) ? bare.split(".").length === 4 : /^[0-9a-fA-F:.]+$/.test(bare) && bare.includes(":");
}

function isPostgresUrl(text: string): boolean {
  try {
    const parsed = new URL(text);
    return (parsed.protocol === "postgresql:" || parsed.protocol === "postgres:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

const expectedStatusCodes = z
  .string({ error: 'expectedStatusCodes must be text, e.g. "200-299,301"' })
  .trim()
  .refine((text) => parseStatusCodeRanges(text) !== null, {
    error: 'expectedStatusCodes must list status codes or ranges between 100 and 599, e.g. "200-299,301"',
  });

/** Every field, without defaults: a PATCH names only what changes. */
const monitorFields = {
  componentId: z.string({ error: "componentId is required" }).min(1, { error: "componentId is required" }),
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" })
    .max(MONITOR_NAME_MAX_CHARS, { error: `name must be at most ${MONITOR_NAME_MAX_CHARS} characters` }),
  kind: z.enum(MONITOR_KINDS, { error: "kind must be http, tcp, heartbeat, dns, tls or postgres" }),
  url,
  method: z.enum(HTTP_METHODS, { error: `method must be one of ${HTTP_METHODS.join(", ")}` }),
  requestHeaders,
  requestBody: z
    .string({ error: "requestBody must be text" })
    .max(REQUEST_BODY_MAX_CHARS, { error: `requestBody must be at most ${REQUEST_BODY_MAX_CHARS} characters` })
    .nullable()
    .transform((text) => text || null),
  expectedStatusCodes,
  keyword: optionalText("keyword", 500),
  keywordAbsent: z.boolean({ error: "keywordAbsent must be true or false" }),
  dnsRecordType: z.enum(DNS_RECORD_TYPES, { error: `dnsRecordType must be one of ${DNS_RECORD_TYPES.join(", ")}` }).nullable(),
  dnsResolver: optionalText("dnsResolver", 60).refine((text) => text === null || isResolverAddress(text), {
    error: "dnsResolver must be an IP address, optionally with a port (1.1.1.1, 10.0.0.2:5353, [2606:4700::1111]:53)",
  }),
  expectedValue: optionalText("expectedValue", 500).refine((text) => text === null || isValidExpected(text), {
    error: "expectedValue must be text or a valid /pattern/",
  }),
  tlsExpiryWarnDays: whole("tlsExpiryWarnDays", 1, 365, " days").nullable(),
  /** Write-only: sealed before it is stored, never shown again. */
  connectionString: optionalText("connectionString", 2000).refine((text) => text === null || isPostgresUrl(text), {
    error: "connectionString must be a postgresql:// URL, e.g. postgresql://monitor:secret@db.internal:5432/app",
  }),
  placement: z.enum(MONITOR_PLACEMENTS, { error: "placement must be builtin, locations or all" }),
  locationIds: z.array(z.string().min(1).max(40), { error: "locationIds must be a list of probe location ids" }).max(100),
  quorum: whole("quorum", 1, THRESHOLD_MAX).nullable(),
  jsonPath: optionalText("jsonPath", 200),
  jsonExpected: optionalText("jsonExpected", 500),
  timeoutMs: whole("timeoutMs", TIMEOUT_MIN_MS, TIMEOUT_MAX_MS, " ms"),
  intervalSeconds: whole("intervalSeconds", INTERVAL_MIN_SECONDS, INTERVAL_MAX_SECONDS, " seconds (10 s to 1 h)"),
  followRedirects: z.boolean({ error: "followRedirects must be true or false" }),
  host: optionalText("host", 253),
  port: whole("port", 1, 65535).nullable(),
  failureThreshold: whole("failureThreshold", 1, THRESHOLD_MAX),
  recoveryThreshold: whole("recoveryThreshold", 1, THRESHOLD_MAX),
  degradedThresholdMs: whole("degradedThresholdMs", 1, TIMEOUT_MAX_MS, " ms").nullable(),
  enabled: z.boolean({ error: "enabled must be true or false" }),
};

export const MONITOR_DEFAULTS = {
  method: "GET",
  requestHeaders: {},
  expectedStatusCodes: "200-299",
  timeoutMs: 10_000,
  intervalSeconds: 60,
  followRedirects: true,
  failureThreshold: 3,
  recoveryThreshold: 2,
  enabled: true,
} as const;

type Checked = {
  kind: MonitorKindInput;
  keyword: string | null;
  keywordAbsent: boolean;
  dnsRecordType: string | null;
  dnsResolver: string | null;
  expectedValue: string | null;
  tlsExpiryWarnDays: number | null;
  connectionString: string | null;
  placement: (typeof MONITOR_PLACEMENTS)[number];
  locationIds: string[];
  quorum: number | null;
  url: string | null;
  host: string | null;
  port: number | null;
  timeoutMs: number;
  intervalSeconds: number;
  jsonPath: string | null;
  jsonExpected: string | null;
};

// Which fields each kind needs and which it has no use for; a field of another kind is refused so nothing is silently ignored.
function checkKindFields(monitor: Checked, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (monitor.kind === "http" && !monitor.url) issue("url", "url is required for an HTTP monitor");
  if (monitor.kind !== "http" && monitor.url) issue("url", "url is only for HTTP monitors (a heartbeat monitor needs no URL)");
  const hostKinds = ["tcp", "dns", "tls"];
  if (monitor.kind === "tcp" && !monitor.host) issue("host", "host is required for a TCP monitor");
  if (monitor.kind === "dns" && !monitor.host) issue("host", "host is required for a DNS monitor: the name to resolve");
  if (monitor.kind === "tls" && !monitor.host) issue("host", "host is required for a TLS certificate monitor");
  if (monitor.kind === "tcp" && monitor.port === null) issue("port", "port is required for a TCP monitor (1-65535)");
  if (!hostKinds.includes(monitor.kind) && monitor.host) issue("host", "host is only for TCP, DNS and TLS monitors");
  if (monitor.kind !== "tcp" && monitor.kind !== "tls" && monitor.port !== null) issue("port", "port is only for TCP and TLS monitors");
  if (monitor.kind !== "dns" && (monitor.dnsRecordType || monitor.dnsResolver))
    issue("dnsRecordType", "dnsRecordType and dnsResolver are only for DNS monitors");
  if (monitor.kind !== "dns" && monitor.expectedValue) issue("expectedValue", "expectedValue is only for DNS monitors");
  if (monitor.kind !== "tls" && monitor.tlsExpiryWarnDays !== null)
    issue("tlsExpiryWarnDays", "tlsExpiryWarnDays is only for TLS certificate monitors");
  if (monitor.kind === "postgres" && !monitor.connectionString)
    issue("connectionString", "connectionString is required for a Postgres monitor");
  if (monitor.kind !== "postgres" && monitor.connectionString) issue("connectionString", "connectionString is only for Postgres monitors");
  if (monitor.keywordAbsent && !monitor.keyword) issue("keyword", "keyword is required when keywordAbsent is set");
  if (monitor.kind === "heartbeat" && monitor.placement !== "builtin")
    issue("placement", "a heartbeat monitor is pushed to Beacon: its placement is builtin");
  if (monitor.placement === "locations" && monitor.locationIds.length === 0) issue("locationIds", "choose at least one probe location");
  if (monitor.placement !== "locations" && monitor.locationIds.length > 0)
    issue("locationIds", "locationIds are only for placement locations");
  if (monitor.placement === "builtin" && monitor.quorum !== null) issue("quorum", "quorum is only for monitors on probe locations");
  if (monitor.jsonPath && !monitor.jsonExpected) issue("jsonExpected", "jsonExpected is required with jsonPath");
  if (!monitor.jsonPath && monitor.jsonExpected) issue("jsonPath", "jsonPath is required with jsonExpected");
  const intervalValid = monitor.intervalSeconds >= INTERVAL_MIN_SECONDS && monitor.intervalSeconds <= INTERVAL_MAX_SECONDS;
  if (monitor.kind !== "heartbeat" && intervalValid && monitor.timeoutMs >= monitor.intervalSeconds * 1000) {
    issue("timeoutMs", `timeoutMs must be shorter than the interval (${monitor.intervalSeconds} s = ${monitor.intervalSeconds * 1000} ms)`);
  }
}

export const createMonitorInput = z
  .object({
    componentId: monitorFields.componentId,
    name: monitorFields.name,
    kind: monitorFields.kind,
    url: url.default(null),
    method: monitorFields.method.default(MONITOR_DEFAULTS.method),
    requestHeaders: requestHeaders.default({}),
    requestBody: monitorFields.requestBody.default(null),
    expectedStatusCodes: expectedStatusCodes.default(MONITOR_DEFAULTS.expectedStatusCodes),
    keyword: monitorFields.keyword.default(null),
    keywordAbsent: monitorFields.keywordAbsent.default(false),
    dnsRecordType: monitorFields.dnsRecordType.default(null),
    dnsResolver: monitorFields.dnsResolver.default(null),
    expectedValue: monitorFields.expectedValue.default(null),
    tlsExpiryWarnDays: monitorFields.tlsExpiryWarnDays.default(null),
    connectionString: monitorFields.connectionString.default(null),
    placement: monitorFields.placement.default("builtin"),
    locationIds: monitorFields.locationIds.default([]),
    quorum: monitorFields.quorum.default(null),
    jsonPath: monitorFields.jsonPath.default(null),
    jsonExpected: monitorFields.jsonExpected.default(null),
    timeoutMs: monitorFields.timeoutMs.default(MONITOR_DEFAULTS.timeoutMs),
    intervalSeconds: monitorFields.intervalSeconds.default(MONITOR_DEFAULTS.intervalSeconds),
    followRedirects: monitorFields.followRedirects.default(MONITOR_DEFAULTS.followRedirects),
    host: monitorFields.host.default(null),
    port: monitorFields.port.default(null),
    failureThreshold: monitorFields.failureThreshold.default(MONITOR_DEFAULTS.failureThreshold),
    recoveryThreshold: monitorFields.recoveryThreshold.default(MONITOR_DEFAULTS.recoveryThreshold),
    degradedThresholdMs: monitorFields.degradedThresholdMs.default(null),
    enabled: monitorFields.enabled.default(MONITOR_DEFAULTS.enabled),
  })
  .superRefine(checkKindFields);
export type CreateMonitorInput = z.output<typeof createMonitorInput>;

/** A PATCH: only the fields that change; the result is checked again as a whole monitor. The kind stays. */
export const updateMonitorInput = z
  .object({
    componentId: monitorFields.componentId.optional(),
    name: monitorFields.name.optional(),
    /** Accepted only when it is the monitor's kind already: a kind never changes. */
    kind: monitorFields.kind.optional(),
    url: url.optional(),
    method: monitorFields.method.optional(),
    requestHeaders: requestHeaders.optional(),
    requestBody: monitorFields.requestBody.optional(),
    expectedStatusCodes: expectedStatusCodes.optional(),
    keyword: monitorFields.keyword.optional(),
    keywordAbsent: monitorFields.keywordAbsent.optional(),
    dnsRecordType: monitorFields.dnsRecordType.optional(),
    dnsResolver: monitorFields.dnsResolver.optional(),
    expectedValue: monitorFields.expectedValue.optional(),
    tlsExpiryWarnDays: monitorFields.tlsExpiryWarnDays.optional(),
    connectionString: monitorFields.connectionString.optional(),
    placement: monitorFields.placement.optional(),
    locationIds: monitorFields.locationIds.optional(),
    quorum: monitorFields.quorum.optional(),
    jsonPath: monitorFields.jsonPath.optional(),
    jsonExpected: monitorFields.jsonExpected.optional(),
    timeoutMs: monitorFields.timeoutMs.optional(),
    intervalSeconds: monitorFields.intervalSeconds.optional(),
    followRedirects: monitorFields.followRedirects.optional(),
    host: monitorFields.host.optional(),
    port: monitorFields.port.optional(),
    failureThreshold: monitorFields.failureThreshold.optional(),
    recoveryThreshold: monitorFields.recoveryThreshold.optional(),
    degradedThresholdMs: monitorFields.degradedThresholdMs.optional(),
    enabled: monitorFields.enabled.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: "Nothing to change: send at least one monitor field",
  });
export type UpdateMonitorInput = z.output<typeof updateMonitorInput>;
