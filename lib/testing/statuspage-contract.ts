// Tests only: a strict validator for the v2 JSON Schemas. The routes themselves are in e2e/support/v2-routes.ts
// (lib never imports app).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";

export const SCHEMA_DIR = fileURLToPath(new URL("../statuspage/schemas/", import.meta.url));
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
