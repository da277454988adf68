// A saved monitor as the form's string fields, so the edit form starts from what is stored.

export interface MonitorFormSource {
  componentId: string;
  name: string;
  kind: string;
  url: string | null;
  method: string;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  expectedStatusCodes: string;
  keyword: string | null;
  jsonPath: string | null;
  jsonExpected: string | null;
  timeoutMs: number;
  intervalSeconds: number;
  followRedirects: boolean;
  host: string | null;
  port: number | null;
  failureThreshold: number;
  recoveryThreshold: number;
  degradedThresholdMs: number | null;
  keywordAbsent: boolean;
  dnsRecordType: string | null;
  dnsResolver: string | null;
  expectedValue: string | null;
  tlsExpiryWarnDays: number | null;
  hasConnectionString: boolean;
  placement: string;
  locationIds: string[];
  quorum: number | null;
}

export function monitorFormValues(monitor: MonitorFormSource): Record<string, string> {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    componentId: monitor.componentId,
    name: monitor.name,
    kind: monitor.kind,
    url: text(monitor.url),
    method: monitor.method,
    requestHeaders: Object.entries(monitor.requestHeaders)
      .map(([name, value]) => `${name}: ${value}`)
      .join("\n"),
    requestBody: text(monitor.requestBody),
    expectedStatusCodes: monitor.expectedStatusCodes,
    keyword: text(monitor.keyword),
    jsonPath: text(monitor.jsonPath),
    jsonExpected: text(monitor.jsonExpected),
    timeoutMs: text(monitor.timeoutMs),
    intervalSeconds: text(monitor.intervalSeconds),
    followRedirects: monitor.followRedirects ? "on" : "",
    host: text(monitor.host),
    port: text(monitor.port),
    failureThreshold: text(monitor.failureThreshold),
    recoveryThreshold: text(monitor.recoveryThreshold),
    degradedThresholdMs: text(monitor.degradedThresholdMs),
    keywordAbsent: monitor.keywordAbsent ? "on" : "",
    dnsRecordType: text(monitor.dnsRecordType),
    dnsResolver: text(monitor.dnsResolver),
    expectedValue: text(monitor.expectedValue),
    tlsExpiryWarnDays: text(monitor.tlsExpiryWarnDays),
    hasConnectionString: monitor.hasConnectionString ? "yes" : "",
    placement: monitor.placement,
    locationIds: monitor.locationIds.join(","),
    quorum: text(monitor.quorum),
  };
}
