import { requestJsonSchema } from "@/lib/api/openapi";
import { pullInput, pushInput } from "./schema";

// The probe API (/api/probe/v1, http-api.ts) for the OpenAPI document: a probe location's token, not an
// admin API token, and the same zod schemas the routes parse with.

const PROBE_REQUEST_SCHEMAS = { ProbePull: pullInput, ProbePush: pushInput } as const;

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

const PROBE_API_OPERATIONS = [
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

const PROBE_FAILURES = {
  "400": "The body is not JSON (code bad_request)",
  "401": "No valid probe token, or the location's token was revoked (code unauthorized)",
  "413": "The body is over 2 MiB (code payload_too_large)",
  "422": "The body is invalid (code validation); error.fields names each bad field",
  "500": "Unexpected failure (code internal); quote error.reference",
  "503": "The store is down (code store_unavailable); keep the results and resend later",
} as const;

function probeOperationObject(op: (typeof PROBE_API_OPERATIONS)[number]) {
  const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: "For remote probes: a probe location's token (scope `probe`, made on Admin → Probes), not an admin API token.",
    tags: ["Probe API"],
    security: [{ probeToken: ["probe"] }],
    parameters: [{ name: "x-beacon-probe-version", in: "header", required: false, schema: { type: "string", maxLength: 40 } }],
    requestBody: { required: false, content: { "application/json": { schema: { $ref: `#/components/schemas/${op.requestSchema}` } } } },
    responses: {
      "200": { description: op.success.description, content: { "application/json": { schema: op.success.schema } } },
      ...Object.fromEntries(
        Object.entries(PROBE_FAILURES).map(([status, description]) => [status, { description, content: errorContent }]),
      ),
    },
  };
}

/** The probe API's part of /api/openapi.json: its paths, request schemas and security scheme. */
export function probeApiOpenApi() {
  return {
    paths: Object.fromEntries(PROBE_API_OPERATIONS.map((op) => [op.path, { post: probeOperationObject(op) }])),
    schemas: Object.fromEntries(Object.entries(PROBE_REQUEST_SCHEMAS).map(([name, schema]) => [name, requestJsonSchema(schema)])),
    securitySchemes: { probeToken: { type: "http", scheme: "bearer", bearerFormat: "a probe location's token (scope probe)" } },
  };
}
