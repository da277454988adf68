// Turns the monitor forms' fields into the input lib/monitors/schema.ts parses; only the chosen kind's fields are sent.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// A blank number field means "the default" (or "none" where null is allowed); anything else goes to the schema as is.
function number(form: FormData, name: string, blank: null | undefined = undefined): number | null | undefined {
  const value = text(form, name)?.trim();
  if (value === undefined || value === "") return blank;
  return Number(value);
}

export function monitorFormInput(form: FormData) {
  const kind = text(form, "kind");
  const common = {
    componentId: text(form, "componentId"),
    name: text(form, "name"),
    kind,
    intervalSeconds: number(form, "intervalSeconds"),
    timeoutMs: number(form, "timeoutMs"),
    failureThreshold: number(form, "failureThreshold"),
    recoveryThreshold: number(form, "recoveryThreshold"),
  };
  // Heartbeats are always built-in; every other kind may run on probe locations.
  const placed = {
    ...common,
    placement: text(form, "placement") ?? "builtin",
    locationIds: form.getAll("locationIds").filter((id): id is string => typeof id === "string"),
    quorum: number(form, "quorum", null),
  };
  if (kind === "heartbeat") return common;
  if (kind === "tcp") {
    return {
      ...placed,
      host: text(form, "host"),
      port: number(form, "port", null),
      degradedThresholdMs: number(form, "degradedThresholdMs", null),
    };
  }
  if (kind === "dns") {
    return {
      ...placed,
      host: text(form, "host"),
      dnsRecordType: text(form, "dnsRecordType") || null,
      dnsResolver: text(form, "dnsResolver") ?? null,
      expectedValue: text(form, "expectedValue") ?? null,
    };
  }
  if (kind === "tls") {
    return {
      ...placed,
      host: text(form, "host"),
      port: number(form, "port", null),
      tlsExpiryWarnDays: number(form, "tlsExpiryWarnDays", null),
    };
  }
  if (kind === "postgres") {
    // Blank keeps the sealed connection string on an edit (the form never shows it); a create then asks for one.
    const connectionString = text(form, "connectionString")?.trim();
    return connectionString ? { ...placed, connectionString } : placed;
  }
  return {
    ...placed,
    url: text(form, "url"),
    method: text(form, "method"),
    requestHeaders: text(form, "requestHeaders") ?? "",
    requestBody: text(form, "requestBody"),
    expectedStatusCodes: text(form, "expectedStatusCodes"),
    keyword: text(form, "keyword"),
    keywordAbsent: form.get("keywordAbsent") === "on",
    jsonPath: text(form, "jsonPath"),
    jsonExpected: text(form, "jsonExpected"),
    followRedirects: form.get("followRedirects") === "on",
    degradedThresholdMs: number(form, "degradedThresholdMs", null),
  };
}
