import { pullInput, pushInput } from "@/lib/probes/schema";

// The probe API (/api/probe/v1, lib/probes/http-api.ts) for the OpenAPI document: a probe location's token, not an
// admin API token, and the same zod schemas the routes parse with.

export const PROBE_REQUEST_SCHEMAS = { ProbePull: pullInput, ProbePush: pushInput } as const;

const LEASE = {
  type: "object",
  required: ["monitorId", "dueAt", "leaseExpiresAt", "check"],
  properties: {
    monitorId: { type: "string" },
    dueAt: { type: "string", format: "date-time" },
    leaseExpiresAt: { type: "string", format: "date-time" },
    check: { type: "object", description: "What to check (lib/monitor-runner CheckSpec): kind, target, timeout and expectations" },
  },
};

export const PROBE_API_OPERATIONS = [
  {
    path: "/api/probe/v1/assignments",
    operationId: "pullProbeAssignments",
    summary: "A probe pulls its location's checks due now or within horizonMs, each under a lease",
    requestSchema: "ProbePull" as const,
    success: {
      description: "The leased checks; start each at its dueAt",
      schema: {
        type: "object",
        required: ["location", "serverTime", "assignments"],
        properties: {
          location: { type: "string" },
          serverTime: { type: "string", format: "date-time" },
          assignments: { type: "array", items: LEASE },
        },
      },
    },
  },
  {
    path: "/api/probe/v1/results",
    operationId: "pushProbeResults",
    summary: "A probe pushes a batch of results; a batch id seen before counts nothing again",
    requestSchema: "ProbePush" as const,
    success: {
      description: "What the batch added",
      schema: {
        type: "object",
        required: ["duplicate", "accepted", "ignored"],
        properties: {
          duplicate: { type: "boolean", description: "This batch id was received before: nothing was counted again" },
          accepted: { type: "integer" },
          ignored: { type: "integer", description: "Results for monitors this location no longer runs" },
        },
      },
    },
  },
];

export const PROBE_FAILURES = {
  "400": "The body is not JSON (code bad_request)",
  "401": "No valid probe token, or the location's token was revoked (code unauthorized)",
  "413": "The body is over 2 MiB (code payload_too_large)",
  "422": "The body is invalid (code validation); error.fields names each bad field",
  "500": "Unexpected failure (code internal); quote error.reference",
  "503": "The store is down (code store_unavailable); keep the results and resend later",
} as const;
