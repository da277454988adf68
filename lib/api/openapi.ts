import "server-only";
import { z } from "zod";
import { API_SCOPE_DESCRIPTIONS, type ApiScope } from "@/lib/api-tokens/scopes";
import { setComponentStatusInput } from "@/lib/components/schema";
import { addIncidentUpdateInput, createIncidentInput, resolveIncidentInput } from "@/lib/incidents/schema";
import { addMaintenanceUpdateInput, createMaintenanceInput, editMaintenanceInput } from "@/lib/maintenance/schema";
import { MAX_JSON_BODY_BYTES } from "./read-json-body";

// The admin API's OpenAPI 3.1 document, generated from the same zod schemas the routes parse with.

interface AdminApiOperation {
  method: "get" | "post" | "put" | "patch";
  path: string;
  operationId: string;
  summary: string;
  scope: ApiScope;
  /** Name of the request schema under components.schemas; none for reads. */
  requestSchema?: keyof typeof REQUEST_SCHEMAS;
  success: { status: "200" | "201"; description: string };
  /** Which expected failures the operation can answer with, beyond 401/403/500. */
  failures: ("400" | "404" | "409" | "413" | "422")[];
}

const REQUEST_SCHEMAS = {
  CreateIncidentInput: createIncidentInput,
  AddIncidentUpdateInput: addIncidentUpdateInput,
  ResolveIncidentInput: resolveIncidentInput,
  SetComponentStatusInput: setComponentStatusInput,
  CreateMaintenanceInput: createMaintenanceInput,
  EditMaintenanceInput: editMaintenanceInput,
  AddMaintenanceUpdateInput: addMaintenanceUpdateInput,
};

const WITH_BODY = ["400", "413", "422"] as const;

export const ADMIN_API_OPERATIONS: AdminApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/v1/incidents",
    operationId: "listIncidents",
    summary: "The 50 newest incidents with their updates, newest first",
    scope: "incidents:write",
    success: { status: "200", description: "`{ incidents: [...] }`" },
    failures: [],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents",
    operationId: "createIncident",
    summary: "Open an incident with its first update",
    scope: "incidents:write",
    requestSchema: "CreateIncidentInput",
    success: { status: "201", description: "`{ incident, update }`" },
    failures: [...WITH_BODY],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents/{id}/updates",
    operationId: "addIncidentUpdate",
    summary: "Post an update to an incident",
    scope: "incidents:write",
    requestSchema: "AddIncidentUpdateInput",
    success: { status: "201", description: "`{ incident, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "post",
    path: "/api/admin/v1/incidents/{id}/resolve",
    operationId: "resolveIncident",
    summary: "Resolve an incident, by default returning its affected components to operational",
    scope: "incidents:write",
    requestSchema: "ResolveIncidentInput",
    success: { status: "200", description: "`{ incident, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "put",
    path: "/api/admin/v1/components/{id}/status",
    operationId: "setComponentStatus",
    summary: "Set a component's status; {id} is the component's id or slug",
    scope: "components:write",
    requestSchema: "SetComponentStatusInput",
    success: { status: "200", description: "`{ component, changed }`; changed is false when it already had that status" },
    failures: [...WITH_BODY, "404"],
  },
  {
    method: "get",
    path: "/api/admin/v1/maintenances",
    operationId: "listMaintenances",
    summary: "Upcoming and underway maintenance, then the 20 most recently completed, each with its updates",
    scope: "maintenance:write",
    success: { status: "200", description: "`{ maintenances: [...] }`" },
    failures: [],
  },
  {
    method: "post",
    path: "/api/admin/v1/maintenances",
    operationId: "createMaintenance",
    summary: "Schedule maintenance, its message posted as the first (scheduled) update",
    scope: "maintenance:write",
    requestSchema: "CreateMaintenanceInput",
    success: { status: "201", description: "`{ maintenance, componentIds, update }`" },
    failures: [...WITH_BODY],
  },
  {
    method: "patch",
    path: "/api/admin/v1/maintenances/{id}",
    operationId: "editMaintenance",
    summary:
      "Replace the name, window, components and automation of maintenance that has not started (omitted componentIds means none; omitted flags mean true); once underway, post an update instead (409)",
    scope: "maintenance:write",
    requestSchema: "EditMaintenanceInput",
    success: { status: "200", description: "`{ maintenance, componentIds }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
  {
    method: "post",
    path: "/api/admin/v1/maintenances/{id}/updates",
    operationId: "addMaintenanceUpdate",
    summary: "Post an update to maintenance; in_progress puts its components under maintenance, completed returns them",
    scope: "maintenance:write",
    requestSchema: "AddMaintenanceUpdateInput",
    success: { status: "201", description: "`{ maintenance, update }`" },
    failures: [...WITH_BODY, "404", "409"],
  },
];

const FAILURES = {
  "400": ["BadRequest", "The body is not JSON (code bad_request)"],
  "401": ["Unauthorized", "No valid API token (code unauthorized); see the WWW-Authenticate header"],
  "403": ["Forbidden", "The token lacks the operation's scope (code forbidden)"],
  "404": ["NotFound", "No such incident, component or maintenance (code not_found)"],
  "409": [
    "Conflict",
    "expectedUpdatedAt is stale (code conflict), or the status change or edit is not allowed (code invalid_transition)",
  ],
  "413": ["PayloadTooLarge", `The body is over ${MAX_JSON_BODY_BYTES / 1024} KiB (code payload_too_large)`],
  "422": ["ValidationFailed", "The body is invalid (code validation); error.fields names each bad field"],
  "500": ["InternalError", "Unexpected failure (code internal); quote error.reference"],
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
  const failures = [...op.failures, "401", "403", "500"] as const;
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: `Requires a token with the \`${op.scope}\` scope.`,
    security: [{ bearerAuth: [op.scope] }],
    ...(op.path.includes("{id}") ? { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] } : {}),
    ...(op.requestSchema
      ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${op.requestSchema}` } } } } }
      : {}),
    responses: {
      [op.success.status]: { description: op.success.description, content: { "application/json": { schema: { type: "object" } } } },
      ...Object.fromEntries(failures.map((status) => [status, { $ref: `#/components/responses/${FAILURES[status][0]}` }])),
    },
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ADMIN_API_OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  const scopes = Object.entries(API_SCOPE_DESCRIPTIONS).map(([scope, text]) => `- \`${scope}\`: ${text}`).join("\n");
  return {
    openapi: "3.1.0",
    info: {
      title: "Beacon admin API",
      version: "1.0.0",
      description: `Write API for automation. Create a token at /admin/tokens and send it as \`Authorization: Bearer bcn_…\`.\n\nScopes:\n${scopes}`,
    },
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "bcn_ token" } },
      schemas: {
        Error: ERROR_SCHEMA,
        ...Object.fromEntries(Object.entries(REQUEST_SCHEMAS).map(([name, schema]) => [name, requestJsonSchema(schema)])),
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
