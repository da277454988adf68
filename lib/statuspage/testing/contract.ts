// Tests only: the v2 routes with the JSON Schema each answer must match, and a strict validator for those schemas.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import * as components from "@/app/api/v2/components.json/route";
import * as unresolved from "@/app/api/v2/incidents/unresolved.json/route";
import * as incidents from "@/app/api/v2/incidents.json/route";
import * as active from "@/app/api/v2/scheduled-maintenances/active.json/route";
import * as upcoming from "@/app/api/v2/scheduled-maintenances/upcoming.json/route";
import * as maintenances from "@/app/api/v2/scheduled-maintenances.json/route";
import * as status from "@/app/api/v2/status.json/route";
import * as summary from "@/app/api/v2/summary.json/route";

type Handler = (request: Request) => Promise<Response>;
export interface V2Route {
  path: string;
  schema: string;
  GET: Handler;
  HEAD: Handler;
}

export const V2_ROUTES: V2Route[] = [
  { path: "/api/v2/summary.json", schema: "summary", ...summary },
  { path: "/api/v2/status.json", schema: "status", ...status },
  { path: "/api/v2/components.json", schema: "components", ...components },
  { path: "/api/v2/incidents.json", schema: "incidents", ...incidents },
  { path: "/api/v2/incidents/unresolved.json", schema: "incidents-unresolved", ...unresolved },
  { path: "/api/v2/scheduled-maintenances.json", schema: "scheduled-maintenances", ...maintenances },
  { path: "/api/v2/scheduled-maintenances/upcoming.json", schema: "scheduled-maintenances-upcoming", ...upcoming },
  { path: "/api/v2/scheduled-maintenances/active.json", schema: "scheduled-maintenances-active", ...active },
];

export const SCHEMA_DIR = fileURLToPath(new URL("../schemas/", import.meta.url));
const SCHEMA_ID_BASE = "https://beacon.invalid/schemas/statuspage/v2/";

/** Every schema file in strict mode (unknown keywords, unannotated types and the like fail to compile). */
export function createContractValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"))) {
    ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, "utf8")));
  }
  /** The errors of `body` against the named document schema; empty when it matches. */
  return function errorsOf(schema: string, body: unknown): ErrorObject[] {
    const validate = ajv.getSchema(`${SCHEMA_ID_BASE}${schema}.schema.json`);
    if (!validate) throw new Error(`no schema named ${schema}`);
    return validate(body) ? [] : (validate.errors ?? []);
  };
}

export function get(route: V2Route, headers: Record<string, string> = {}, method: "GET" | "HEAD" = "GET") {
  return route[method](new Request(`http://beacon.test${route.path}`, { method, headers }));
}
