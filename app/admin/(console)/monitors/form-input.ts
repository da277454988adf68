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
  if (kind === "tcp") {
    return {
      ...common,
      host: text(form, "host"),
      port: number(form, "port", null),
      degradedThresholdMs: number(form, "degradedThresholdMs", null),
    };
  }
  // DNS, TLS and Postgres monitors are configured through the write API; the form edits their common fields only.
  if (kind === "heartbeat" || kind === "dns" || kind === "tls" || kind === "postgres") return common;
  return {
    ...common,
    url: text(form, "url"),
    method: text(form, "method"),
    requestHeaders: text(form, "requestHeaders") ?? "",
    requestBody: text(form, "requestBody"),
    expectedStatusCodes: text(form, "expectedStatusCodes"),
    keyword: text(form, "keyword"),
    jsonPath: text(form, "jsonPath"),
    jsonExpected: text(form, "jsonExpected"),
    followRedirects: form.get("followRedirects") === "on",
    degradedThresholdMs: number(form, "degradedThresholdMs", null),
  };
}
