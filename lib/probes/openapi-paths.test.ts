import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, requestJsonSchema } from "@/lib/api/openapi";
import { probeApiOpenApi } from "./openapi-paths";
import { pullInput, pushInput } from "./schema";

type Operation = {
  security: Record<string, string[]>[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, unknown>;
};

describe("the probe API in the OpenAPI document", () => {
  const doc = buildOpenApiDocument([probeApiOpenApi()]);
  const operationOf = (key: string) => {
    const [method, routePath] = key.split(" ");
    return (doc.paths[routePath] as Record<string, Operation>)[method];
  };
  const resolveRef = (ref: string) => (doc.components.schemas as Record<string, unknown>)[ref.replace("#/components/schemas/", "")];

  it("documents the probe API's two routes behind a probe location's token, with the schemas they parse", () => {
    const routes = readdirSync(path.resolve(process.cwd(), "app/api/probe/v1")).map((dir) => `post /api/probe/v1/${dir}`);
    expect(routes.sort()).toEqual(["post /api/probe/v1/assignments", "post /api/probe/v1/results"]);
    for (const [route, schema] of [
      ["post /api/probe/v1/assignments", pullInput],
      ["post /api/probe/v1/results", pushInput],
    ] as const) {
      const operation = operationOf(route)!;
      expect(operation.security).toEqual([{ probeToken: ["probe"] }]);
      expect(resolveRef(operation.requestBody!.content["application/json"].schema.$ref)).toEqual(requestJsonSchema(schema));
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "401", "413", "422", "503"]));
    }
    const push = resolveRef("#/components/schemas/ProbePush") as { required: string[] };
    expect(push.required.sort()).toEqual(["batchId", "results"]);
  });
});
