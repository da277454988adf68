import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HealthServer, startHealthServer } from "@/lib/testing/health-server";
import { type HttpTarget, runHttpCheck } from "./http-check";
import { runTcpCheck } from "./tcp-check";

const localAllowed = { allowPrivateNetworks: true };

describe("HTTP and TCP checks against a local test server", () => {
  let server: HealthServer;
  beforeAll(async () => void (server = await startHealthServer()));
  afterAll(() => server.close());

  const target = (overrides: Partial<HttpTarget> = {}): HttpTarget => ({
    url: server.url,
    method: "GET",
    requestHeaders: null,
    requestBody: null,
    expectedStatusCodes: "200-299",
    keyword: null,
    jsonPath: null,
    jsonExpected: null,
    followRedirects: true,
    timeoutMs: 1_000,
    ...overrides,
  });

  it("a 200 is up, with its status code and response time", async () => {
    server.mode = "ok";
    expect(await runHttpCheck(target(), localAllowed)).toMatchObject({ ok: true, statusCode: 200, error: null });
  });

  it("a 502 is down with the error text an incident quotes", async () => {
    server.mode = "bad-gateway";
    expect(await runHttpCheck(target(), localAllowed)).toMatchObject({ ok: false, statusCode: 502, error: "502 Bad Gateway" });
  });

  it("a slow answer is up and reports how slow it was", async () => {
    server.mode = "slow";
    const outcome = await runHttpCheck(target(), localAllowed);
    expect(outcome.ok).toBe(true);
    expect(outcome.responseTimeMs).toBeGreaterThanOrEqual(290);
  });

  it("a hanging target is cut off at the monitor's timeout", async () => {
    server.mode = "hang";
    const started = Date.now();
    const outcome = await runHttpCheck(target({ timeoutMs: 400 }), localAllowed);
    expect(outcome).toMatchObject({ ok: false, error: "Timed out after 400 ms" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("follows a redirect, or reports it when redirects are off", async () => {
    server.mode = "ok";
    const redirect = `http://127.0.0.1:${server.port}/redirect`;
    expect(await runHttpCheck(target({ url: redirect }), localAllowed)).toMatchObject({ ok: true, statusCode: 200 });
    expect(await runHttpCheck(target({ url: redirect, followRedirects: false }), localAllowed)).toMatchObject({
      ok: false,
      statusCode: 302,
      error: "302 Found",
    });
  });

  it("refuses a redirect to the metadata address without connecting to it", async () => {
    const outcome = await runHttpCheck(target({ url: `http://127.0.0.1:${server.port}/redirect-to-metadata` }), localAllowed);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/^Refused: 169\.254\.169\.254 is link-local/);
  });

  it("refuses a private target unless private networks are allowed", async () => {
    server.mode = "ok";
    const requests = server.requests;
    const outcome = await runHttpCheck(target(), { allowPrivateNetworks: false });
    expect(outcome.error).toMatch(/^Refused: 127\.0\.0\.1 is a private address/);
    expect(server.requests).toBe(requests);
  });

  it("keyword-absent: fails when the text is present, passes when it is not", async () => {
    server.mode = "ok";
    expect(await runHttpCheck(target({ keyword: "systems go", keywordAbsent: true }), localAllowed)).toMatchObject({
      ok: false,
      error: 'The response contains "systems go"',
    });
    expect(await runHttpCheck(target({ keyword: "maintenance", keywordAbsent: true }), localAllowed)).toMatchObject({ ok: true });
  });

  it("checks a keyword and a JSON-path value", async () => {
    server.mode = "ok";
    expect(await runHttpCheck(target({ keyword: "systems go" }), localAllowed)).toMatchObject({ ok: true });
    expect(await runHttpCheck(target({ keyword: "maintenance" }), localAllowed)).toMatchObject({
      ok: false,
      error: 'The response does not contain "maintenance"',
    });
    const json = `http://127.0.0.1:${server.port}/json`;
    expect(await runHttpCheck(target({ url: json, jsonPath: "$.status", jsonExpected: "ok" }), localAllowed)).toMatchObject({ ok: true });
    expect(await runHttpCheck(target({ url: json, jsonPath: "$.db.up", jsonExpected: "true" }), localAllowed)).toMatchObject({
      ok: false,
      error: "$.db.up does not hold the expected value",
    });
  });

  it("a TCP check is up when the port accepts and down when it refuses", async () => {
    expect(await runTcpCheck({ host: "127.0.0.1", port: server.port, timeoutMs: 1_000 }, localAllowed)).toMatchObject({ ok: true });
    const closed = await runTcpCheck({ host: "127.0.0.1", port: 1, timeoutMs: 1_000 }, localAllowed);
    expect(closed).toMatchObject({ ok: false, error: "ECONNREFUSED: connection refused" });
    expect(await runTcpCheck({ host: "169.254.169.254", port: 80, timeoutMs: 1_000 }, localAllowed)).toMatchObject({ ok: false });
  });
});
