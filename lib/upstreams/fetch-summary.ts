import "server-only";
import { STATUS_CODES } from "node:http";
import { describeNetworkError } from "@/lib/net/describe-network-error";
import { BodyTooLargeError, requestOnce } from "@/lib/net/pinned-request";
import { resolveAllowedTarget, type TargetPolicy } from "@/lib/net/ssrf-guard";
import { parseSummary, type UpstreamSummary } from "./summary";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_SUMMARY_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type SummaryFetch =
  | { kind: "ok"; summary: UpstreamSummary; validators: Validators }
  | { kind: "not-modified" }
  | { kind: "failed"; error: string };

/** <base>/api/v2/summary.json for a page URL, whatever path or trailing slash the admin typed. */
export function summaryUrlOf(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, "").replace(/\/api\/v2(\/summary\.json)?$/, "")}/api/v2/summary.json`;
  url.search = "";
  url.hash = "";
  return url;
}

/**
 * One conditional GET of an upstream's summary: every hop (redirects included) checked by the SSRF guard and
 * connected to the address it checked, 10 s for the whole exchange, a body over 2 MB cut off as it streams in.
 */
export async function fetchSummary(
  pageUrl: string,
  validators: Validators,
  policy: TargetPolicy,
  stop?: AbortSignal,
): Promise<SummaryFetch> {
  const signal = stop ? AbortSignal.any([stop, AbortSignal.timeout(FETCH_TIMEOUT_MS)]) : AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url: URL;
  try {
    url = summaryUrlOf(pageUrl);
  } catch {
    return { kind: "failed", error: `${pageUrl} is not a valid URL` };
  }
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "Beacon-Upstream/1" };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;

  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "failed", error: `${url.protocol} URLs can't be read` };
    const resolved = await resolveAllowedTarget(url.hostname, policy);
    if (!resolved.ok) return { kind: "failed", error: `Refused: ${resolved.reason}` };
    let response: Awaited<ReturnType<typeof requestOnce>>;
    try {
      response = await requestOnce({
        ...resolved,
        url,
        method: "GET",
        headers,
        body: null,
        readBody: true,
        signal,
        abortAboveBytes: MAX_SUMMARY_BYTES,
      });
    } catch (error) {
      if (error instanceof BodyTooLargeError) return { kind: "failed", error: error.message };
      return { kind: "failed", error: describeNetworkError(signal.aborted ? signal.reason : error, FETCH_TIMEOUT_MS) };
    }
    const { statusCode } = response;
    if (statusCode === 304) return { kind: "not-modified" };
    if (statusCode >= 300 && statusCode < 400 && response.location) {
      if (hop >= MAX_REDIRECTS) return { kind: "failed", error: `More than ${MAX_REDIRECTS} redirects` };
      url = new URL(response.location, url);
      continue;
    }
    if (statusCode !== 200) return { kind: "failed", error: `${statusCode} ${STATUS_CODES[statusCode] ?? "Unexpected status"}` };
    const parsed = parseSummary(response.body);
    if (!parsed.ok) return { kind: "failed", error: parsed.reason };
    const header = (name: string) => {
      const value = response.headers[name];
      return typeof value === "string" ? value : null;
    };
    return { kind: "ok", summary: parsed.summary, validators: { etag: header("etag"), lastModified: header("last-modified") } };
  }
}
