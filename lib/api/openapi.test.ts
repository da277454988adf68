import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setComponentStatusInput } from "@/lib/components/schema";
import { addIncidentUpdateInput, createIncidentInput, resolveIncidentInput } from "@/lib/incidents/schema";
import { addMaintenanceUpdateInput, createMaintenanceInput, editMaintenanceInput } from "@/lib/maintenance/schema";
import { buildOpenApiDocument, requestJsonSchema } from "./openapi";

const API_ROOT = path.resolve(process.cwd(), "app/api/admin/v1");

/** Every `METHOD path` the admin API's route files export, e.g. `post /api/admin/v1/incidents/{id}/updates`. */
function routeOperations(): string[] {
  const files = readdirSync(API_ROOT, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts");
  return files.flatMap((file) => {
    const source = readFileSync(path.join(API_ROOT, file), "utf8");
    const routePath = `/api/admin/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/\.$/, "");
    const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    return methods.map((method) => `${method.toLowerCase()} ${routePath}`);
  });
}

type Doc = ReturnType<typeof buildOpenApiDocument>;
type Operation = {
  security: Record<string, string[]>[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, unknown>;
};
const operationOf = (doc: Doc, key: string) => {
  const [method, routePath] = key.split(" ");
  return (doc.paths[routePath] as Record<string, Operation> | undefined)?.[method];
};
const resolveRef = (doc: Doc, ref: string) =>
  doc.components.schemas[ref.replace("#/components/schemas/", "") as keyof Doc["components"]["schemas"]];

describe("the admin API's OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with a bearer security scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("lists every route the admin API exports, each behind the bearer token with its scope", () => {
    const routes = routeOperations();
    expect(routes.sort()).toEqual(
      [
        "get /api/admin/v1/incidents",
        "post /api/admin/v1/incidents",
        "post /api/admin/v1/incidents/{id}/publish",
        "post /api/admin/v1/incidents/{id}/resolve",
        "post /api/admin/v1/incidents/{id}/updates",
        "put /api/admin/v1/components/{id}/status",
        "get /api/admin/v1/maintenances",
        "post /api/admin/v1/maintenances",
        "patch /api/admin/v1/maintenances/{id}",
        "post /api/admin/v1/maintenances/{id}/updates",
        "get /api/admin/v1/monitors",
        "post /api/admin/v1/monitors",
        "get /api/admin/v1/monitors/{id}",
        "patch /api/admin/v1/monitors/{id}",
        "delete /api/admin/v1/monitors/{id}",
        "get /api/admin/v1/pages",
        "post /api/admin/v1/pages",
        "get /api/admin/v1/pages/{id}",
        "put /api/admin/v1/pages/{id}",
        "delete /api/admin/v1/pages/{id}",
      ].sort(),
    );
    for (const route of routes) {
      const operation = operationOf(doc, route);
      expect(operation, route).toBeDefined();
      expect(operation!.security, route).toEqual([
        { bearerAuth: [expect.stringMatching(/^(incidents|components|maintenance|monitors|pages):write$/)] },
      ]);
      expect(Object.keys(operation!.responses), route).toEqual(expect.arrayContaining(["401", "403", "500"]));
    }
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith("/api/admin/v1/"))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual(routes.sort());
  });

  it.each([
    ["post /api/admin/v1/incidents", createIncidentInput],
    ["post /api/admin/v1/incidents/{id}/updates", addIncidentUpdateInput],
    ["post /api/admin/v1/incidents/{id}/resolve", resolveIncidentInput],
    ["put /api/admin/v1/components/{id}/status", setComponentStatusInput],
    ["post /api/admin/v1/maintenances", createMaintenanceInput],
    ["patch /api/admin/v1/maintenances/{id}", editMaintenanceInput],
    ["post /api/admin/v1/maintenances/{id}/updates", addMaintenanceUpdateInput],
  ] as const)("%s takes the JSON the route's zod schema parses", (route, schema) => {
    const operation = operationOf(doc, route)!;
    const ref = operation.requestBody!.content["application/json"].schema.$ref;
    expect(resolveRef(doc, ref)).toEqual(requestJsonSchema(schema));
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["400", "413", "422"]));
  });

  it("describes inputs as clients send them: defaults optional, dates as strings", () => {
    const create = resolveRef(doc, "#/components/schemas/CreateIncidentInput") as {
      required: string[];
      properties: Record<string, { type: string }>;
    };
    expect(create.required.sort()).toEqual(["impact", "message", "name"]);
    expect(create.properties.displayAt.type).toBe("string");
  });

  it("lets a maintenance carry an optional recurrence (an RRULE string)", () => {
    const create = resolveRef(doc, "#/components/schemas/CreateMaintenanceInput") as {
      required: string[];
      properties: Record<string, { type: string }>;
    };
    expect(create.properties.recurrence.type).toBe("string");
    expect(create.required).not.toContain("recurrence");
  });
});
