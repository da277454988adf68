import "server-only";
import { STATUS_CODES } from "node:http";
import { jsonValueAsText, readJsonPath } from "@/lib/core/json-path";
import { isExpectedStatus } from "@/lib/monitors/status-codes";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { requestOnce } from "@/lib/net/pinned-request";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { type CheckOutcome, failed } from "./check-outcome";

export const MAX_REDIRECTS = 5;

export interface HttpTarget {
  url: string | null;
  method: string;
  requestHeaders: unknown;
  requestBody: string | null;
  expectedStatusCodes: string;
  keyword: string | null;
  /** Keyword-absent: the check fails when the keyword is in the body. */
  keywordAbsent?: boolean;
  jsonPath: string | null;
  jsonExpected: string | null;
  followRedirects: boolean;
  timeoutMs: number;
}

/** Requests the URL (following redirects, each hop checked by the SSRF guard) and judges the answer. */
export async function runHttpCheck(target: HttpTarget, policy: TargetPolicy): Promise<CheckOutcome> {
  if (!target.url) return failed("The monitor has no URL");
  // One deadline for the whole check, redirects and body included: a hanging target is cut off at its timeout.
  const signal = AbortSignal.timeout(target.timeoutMs);
  const started = performance.now();
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return failed(`${target.url} is not a valid URL`);
  }
  let method = target.method.toUpperCase();
  let body = target.requestBody;
  const readBody = Boolean(target.keyword || target.jsonPath);

  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") return failed(`${url.protocol} URLs can't be monitored`);
    const resolved = await resolveAllowedTarget(url.hostname, policy);
    if (!resolved.ok) return failed(`Refused: ${resolved.reason}`);
    let response: Awaited<ReturnType<typeof requestOnce>>;
    try {
      response = await requestOnce({ ...resolved, url, method, headers: headersOf(target), body, readBody, signal });
    } catch (error) {
      // A body cut off by the deadline surfaces as a reset socket; the deadline is the real cause.
      const cause = signal.aborted ? signal.reason : error;
      return failed(describeNetworkError(cause, target.timeoutMs), { responseTimeMs: elapsed(started) });
    }
    const isRedirect = response.statusCode >= 300 && response.statusCode < 400 && response.location;
    if (isRedirect && target.followRedirects) {
      if (hop >= MAX_REDIRECTS) return failed(`More than ${MAX_REDIRECTS} redirects`, { responseTimeMs: elapsed(started) });
      url = new URL(response.location!, url);
      // 301/302/303 turn into a GET without a body, as browsers do; 307/308 repeat the request.
      if (![307, 308].includes(response.statusCode) && method !== "HEAD") [method, body] = ["GET", null];
      continue;
    }
    return judge(target, response, elapsed(started));
  }
}

function judge(
  target: HttpTarget,
  response: { statusCode: number; body: string; tlsExpiresAt: Date | null },
  responseTimeMs: number,
): CheckOutcome {
  const base = { responseTimeMs, statusCode: response.statusCode, tlsExpiresAt: response.tlsExpiresAt };
  if (!isExpectedStatus(response.statusCode, target.expectedStatusCodes)) {
    return { ok: false, ...base, error: `${response.statusCode} ${STATUS_CODES[response.statusCode] ?? "Unexpected status"}` };
  }
  if (target.keyword && target.keywordAbsent && response.body.includes(target.keyword)) {
    return { ok: false, ...base, error: `The response contains "${target.keyword}"` };
  }
  if (target.keyword && !target.keywordAbsent && !response.body.includes(target.keyword)) {
    return { ok: false, ...base, error: `The response does not contain "${target.keyword}"` };
  }
  if (target.jsonPath) {
    let document: unknown;
    try {
      document = JSON.parse(response.body);
    } catch {
      return { ok: false, ...base, error: "The response is not JSON" };
    }
    const value = readJsonPath(document, target.jsonPath);
    const expected = target.jsonExpected ?? "";
    if (value === undefined) return { ok: false, ...base, error: `${target.jsonPath} is missing from the response` };
    if (target.jsonExpected !== null && jsonValueAsText(value) !== expected) {
      // Failure text reaches automatic incidents on the public page: it names the path, never the target's value.
      return { ok: false, ...base, error: `${target.jsonPath} does not hold the expected value` };
    }
  }
  return { ok: true, ...base, error: null };
}

function headersOf(target: HttpTarget): Record<string, string> {
  const raw = target.requestHeaders;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => typeof value === "string")) as Record<string, string>;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
