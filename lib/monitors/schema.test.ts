import { describe, expect, it } from "vitest";
import { createMonitorInput, updateMonitorInput } from "./schema";

const fieldsOf = (input: unknown) => {
  const parsed = createMonitorInput.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};
const http = { componentId: "c1", name: "API", kind: "http", url: "https://api.example.com/health" };

describe("the monitor schema", () => {
  it("fills the defaults of an HTTP monitor: GET, 2xx, 60 s, 10 s timeout, 3 failures down, 2 successes up", () => {
    expect(createMonitorInput.parse(http)).toMatchObject({
      method: "GET",
      expectedStatusCodes: "200-299",
      intervalSeconds: 60,
      timeoutMs: 10_000,
      failureThreshold: 3,
      recoveryThreshold: 2,
      followRedirects: true,
      enabled: true,
      requestHeaders: {},
    });
  });

  it("keeps the interval between 10 s and 1 h", () => {
    expect(fieldsOf({ ...http, intervalSeconds: 5 })).toEqual({
      intervalSeconds: "intervalSeconds must be between 10 and 3600 seconds (10 s to 1 h)",
    });
    expect(fieldsOf({ ...http, intervalSeconds: 3601 })).toHaveProperty("intervalSeconds");
    expect(fieldsOf({ ...http, intervalSeconds: 3600, timeoutMs: 30_000 })).toEqual({});
  });

  it("refuses a timeout that does not fit in the interval", () => {
    expect(fieldsOf({ ...http, intervalSeconds: 10, timeoutMs: 10_000 })).toEqual({
      timeoutMs: "timeoutMs must be shorter than the interval (10 s = 10000 ms)",
    });
  });

  it("needs an http(s) URL for an HTTP monitor", () => {
    expect(fieldsOf({ ...http, url: "ftp://example.com" })).toHaveProperty(
      "url",
      "url must be an http:// or https:// URL, e.g. https://api.example.com/health",
    );
    expect(fieldsOf({ ...http, url: "" })).toEqual({ url: "url is required for an HTTP monitor" });
  });

  it("reads expected status codes like 200-299,301 and names a bad list", () => {
    expect(fieldsOf({ ...http, expectedStatusCodes: "200-299, 301" })).toEqual({});
    expect(fieldsOf({ ...http, expectedStatusCodes: "2xx" })).toHaveProperty("expectedStatusCodes");
    expect(fieldsOf({ ...http, expectedStatusCodes: "299-200" })).toHaveProperty("expectedStatusCodes");
  });

  it("needs a host and a port from 1 to 65535 for a TCP monitor, and no URL", () => {
    expect(fieldsOf({ componentId: "c1", name: "DB", kind: "tcp" })).toEqual({
      host: "host is required for a TCP monitor",
      port: "port is required for a TCP monitor (1-65535)",
    });
    expect(fieldsOf({ componentId: "c1", name: "DB", kind: "tcp", host: "db", port: 70_000 })).toEqual({
      port: "port must be between 1 and 65535",
    });
    expect(fieldsOf({ componentId: "c1", name: "DB", kind: "tcp", host: "db", port: 5432, url: "https://x.example" })).toHaveProperty(
      "url",
    );
  });

  it("needs no URL for a heartbeat monitor, whose timeout is a grace that may exceed the interval", () => {
    expect(fieldsOf({ componentId: "c1", name: "Nightly job", kind: "heartbeat", intervalSeconds: 10, timeoutMs: 60_000 })).toEqual({});
  });

  it("reads request headers from an object or from 'Name: value' lines, naming a bad line", () => {
    expect(createMonitorInput.parse({ ...http, requestHeaders: "Authorization: Bearer x\n\nX-Probe: 1" }).requestHeaders).toEqual({
      Authorization: "Bearer x",
      "X-Probe": "1",
    });
    expect(fieldsOf({ ...http, requestHeaders: "no colon here" })).toEqual({
      requestHeaders: 'requestHeaders line 1 must read "Name: value"',
    });
    expect(fieldsOf({ ...http, requestHeaders: { "bad name": "x" } })).toEqual({
      requestHeaders: 'requestHeaders: "bad name" is not a valid header name',
    });
  });

  it("pairs jsonPath with jsonExpected", () => {
    expect(fieldsOf({ ...http, jsonPath: "$.status" })).toEqual({ jsonExpected: "jsonExpected is required with jsonPath" });
  });

  it("a PATCH must change something", () => {
    expect(updateMonitorInput.safeParse({}).success).toBe(false);
    expect(updateMonitorInput.parse({ intervalSeconds: 30 })).toEqual({ intervalSeconds: 30 });
  });
});
