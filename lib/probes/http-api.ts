import "server-only";
import { internalErrorResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse } from "@/lib/api/json-response";
import { storeUnavailableResponse } from "@/lib/api/store-unavailable-response";
import { bearerTokenOf } from "@/lib/api-tokens/authenticate";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authenticateProbe, type ProbeCaller } from "./authenticate-probe";
import { claimAssignments } from "./claim-assignments";
import { receiveResults } from "./receive-results";
import { pullInput, pushInput } from "./schema";

// /api/probe/v1: a probe pulls its location's assignments and pushes its results. The token is checked first.

type Store = () => Promise<PrismaClient>;

// A batch of 1,000 results is about 300 KiB: probes get a larger cap than the admin API's 256 KiB.
const MAX_PROBE_BODY_BYTES = 2 * 1024 * 1024;

async function readProbeBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_PROBE_BODY_BYTES) {
    return { ok: false, response: errorResponse(413, { code: "payload_too_large", message: "Send at most 2 MiB per request" }) };
  }
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: errorResponse(400, { code: "bad_request", message: "The body is not valid JSON" }) };
  }
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.path.join(".") || "body"] ??= []).push(issue.message);
  return errorResponse(422, { code: "validation", message: "The request is not valid", fields });
}

async function guarded(
  request: Request,
  store: Store,
  work: (prisma: PrismaClient, caller: ProbeCaller, body: unknown) => Promise<Response>,
): Promise<Response> {
  try {
    const prisma = await store();
    const version = request.headers.get("x-beacon-probe-version")?.slice(0, 40) ?? "unknown";
    const auth = await authenticateProbe(prisma, bearerTokenOf(request.headers.get("authorization")), version);
    if (!auth.ok) {
      return errorResponse(401, { code: "unauthorized", message: auth.message }, { "www-authenticate": 'Bearer realm="beacon-probe"' });
    }
    const body = await readProbeBody(request);
    if (!body.ok) return body.response;
    return await work(prisma, auth.caller, body.value);
  } catch (error) {
    if (isStoreUnavailable(error)) return storeUnavailableResponse();
    return internalErrorResponse(error);
  }
}

/** POST /api/probe/v1/assignments `{ max?, horizonMs? }` → the location's checks due now or soon, each leased. */
export function pullAssignments(request: Request, store: Store = getPrisma): Promise<Response> {
  return guarded(request, store, async (prisma, caller, body) => {
    const parsed = pullInput.safeParse(body ?? {});
    if (!parsed.success) return fieldErrors(parsed.error.issues);
    const now = new Date();
    const leases = await claimAssignments(prisma, caller.locationId, { now, horizonMs: parsed.data.horizonMs, limit: parsed.data.max });
    return jsonResponse({ location: caller.name, serverTime: now.toISOString(), assignments: leases });
  });
}

/** POST /api/probe/v1/results `{ batchId, results }` → `{ accepted, duplicate }`; a batch id seen before counts nothing. */
export function pushResults(request: Request, store: Store = getPrisma): Promise<Response> {
  return guarded(request, store, async (prisma, caller, body) => {
    const parsed = pushInput.safeParse(body);
    if (!parsed.success) return fieldErrors(parsed.error.issues);
    const received = await receiveResults(prisma, caller.locationId, parsed.data);
    return jsonResponse(received);
  });
}
