import "server-only";
import { z } from "zod";
import { API_SCOPE_DESCRIPTIONS } from "@/lib/api-tokens/scopes";
import { ADMIN_API_OPERATIONS, type AdminApiOperation, REQUEST_SCHEMAS } from "./admin-api-operations";
import { MAX_JSON_BODY_BYTES } from "./read-json-body";

// The admin API's OpenAPI 3.1 document (and the probe API's), generated from the same zod schemas the routes parse with.

const FAILURES = {
  "400": ["BadRequest", "The body is not JSON (code bad_request)"],
  "401": ["Unauthorized", "No valid API token (code unauthorized); see the WWW-Authenticate header"],
  "403": [
    "Forbidden",
    "The token lacks the operation's scope, or its creator is an editor limited to pages that do not hold what the request names (code forbidden)",
  ],
  "404": ["NotFound", "No such incident, component or maintenance (code not_found)"],
  "409": ["Conflict", "expectedUpdatedAt is stale (code conflict), or the status change or edit is not allowed (code invalid_transition)"],
  "413": ["PayloadTooLarge", `The body is over ${MAX_JSON_BODY_BYTES / 1024} KiB (code payload_too_large)`],
  "422": ["ValidationFailed", "The body is invalid (code validation); error.fields names each bad field"],
  "500": ["InternalError", "Unexpected failure (code internal); quote error.reference"],
  "503": ["StoreUnavailable", "The incident store is down (code store_unavailable); nothing was saved, resend after Retry-After seconds"],
} as const;

const ERROR_SCHEMA = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        reference: { type: "string" },
      },
    },
  },
};

/** A request schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), describing what a client sends. */
export function requestJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
  return jsonSchema;
}

function operationObject(op: AdminApiOperation) {
  const failures = [...op.failures, "401", "403", "500", "503"] as const;
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: `Requires a token with the \`${op.scope}\` scope.`,
    security: [{ bearerAuth: [op.scope] }],
    ...(op.path.includes("{id}") ? { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] } : {}),
    ...(op.requestSchema
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${op.requestSchema}` } } },
          },
        }
      : {}),
    responses: {
      [op.success.status]: { description: op.success.description, content: { "application/json": { schema: { type: "object" } } } },
      ...Object.fromEntries(failures.map((status) => [status, { $ref: `#/components/responses/${FAILURES[status][0]}` }])),
    },
  };
}

/** Another API's part of the document (the probe API's, lib/probes/openapi-paths.ts), merged in by the route. */
export interface OpenApiPart {
  paths: Record<string, Record<string, unknown>>;
  schemas: Record<string, unknown>;
  securitySchemes: Record<string, unknown>;
}

export function buildOpenApiDocument(parts: OpenApiPart[] = []) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ADMIN_API_OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  for (const part of parts) Object.assign(paths, part.paths);
  const scopes = Object.entries(API_SCOPE_DESCRIPTIONS)
    .map(([scope, text]) => `- \`${scope}\`: ${text}`)
    .join("\n");
  return {
    openapi: "3.1.0",
    info: {
      title: "Beacon admin API",
      version: "1.0.0",
      description: `Write API for automation. Create a token at /admin/tokens and send it as \`Authorization: Bearer bcn_…\`.\n\nScopes:\n${scopes}`,
    },
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "bcn_ token" },
        ...Object.assign({}, ...parts.map((p) => p.securitySchemes)),
      },
      schemas: {
        Error: ERROR_SCHEMA,
        ...Object.fromEntries(Object.entries(REQUEST_SCHEMAS).map(([name, schema]) => [name, requestJsonSchema(schema)])),
        ...Object.assign({}, ...parts.map((p) => p.schemas)),
      },
      responses: Object.fromEntries(
        Object.values(FAILURES).map(([name, description]) => [
          name,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
  };
}
