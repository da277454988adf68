import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { V2_ROUTES } from "@/e2e/support/v2-routes";
import { renderSummary, type StatuspageSummary } from "./render-summary";
import { createContractValidator, SCHEMA_DIR } from "./testing/contract";
import { component, incident, maintenance, snapshot, t } from "./testing/fixtures";

const errorsOf = createContractValidator();

// A summary with every shape: groups and loose components, an incident with and without affected components, maintenance.
function fullSummary() {
  return renderSummary(
    snapshot({
      components: [
        component("web", { description: "Site" }),
        component("api", { groupId: "core", status: "major_outage" }),
        component("db", { groupId: "core" }),
      ],
      incidents: [incident()],
      maintenances: [
        maintenance("m1", "2026-02-01T00:00:00Z", "2026-02-01T02:00:00Z", { status: "in_progress", startedAt: t("2026-02-01T00:00:00Z") }),
      ],
    }),
  );
}
const clone = <T>(value: T): T => structuredClone(value);
const STALE = { status_as_of: "2026-02-01T00:59:00.000Z", message: "Beacon can't reach its store; this is the status as of 00:59 UTC." };

describe("the Statuspage v2 JSON Schemas", () => {
  it("are strict: every object is closed and every property is required", () => {
    const objects: Record<string, unknown>[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === "object") {
        const schema = node as Record<string, unknown>;
        if (schema.type === "object" && schema.properties) objects.push(schema);
        Object.values(schema).forEach(walk);
      }
    };
    for (const file of readdirSync(SCHEMA_DIR)) walk(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, "utf8")));
    expect(objects.length).toBeGreaterThan(15);
    for (const schema of objects) {
      expect(schema.additionalProperties).toBe(false);
      const optional = Object.keys(schema.properties as object).filter((key) => !(schema.required as string[] | undefined)?.includes(key));
      // `stale` is the one optional key, at the top of a document.
      expect(optional.filter((key) => key !== "stale")).toEqual([]);
    }
  });

  it("there is one schema per route", () => {
    for (const route of V2_ROUTES) expect(readdirSync(SCHEMA_DIR)).toContain(`${route.schema}.schema.json`);
  });

  it("accept a summary with every shape the renderers produce", () => {
    expect(errorsOf("summary", fullSummary())).toEqual([]);
  });

  it("reject an unknown key anywhere: at the top, in page, a component, an incident update", () => {
    const top = { ...clone(fullSummary()), extra: 1 };
    const inPage = clone(fullSummary());
    Object.assign(inPage.page, { extra: 1 });
    const inComponent = clone(fullSummary());
    Object.assign(inComponent.components[0], { extra: 1 });
    const inUpdate = clone(fullSummary());
    Object.assign(inUpdate.incidents[0].incident_updates[0], { extra: 1 });
    for (const body of [top, inPage, inComponent, inUpdate]) {
      expect(errorsOf("summary", body)).toContainEqual(expect.objectContaining({ keyword: "additionalProperties" }));
    }
  });

  it("reject a missing key, a components list on a plain component, and a wrong status wording", () => {
    const missing: Partial<StatuspageSummary> = clone(fullSummary());
    delete missing.scheduled_maintenances;
    const childIds = clone(fullSummary());
    Object.assign(childIds.components.find((c) => !c.group)!, { components: [] });
    const wording = clone(fullSummary());
    wording.status.description = "All good";
    for (const body of [missing, childIds, wording]) expect(errorsOf("summary", body)).not.toEqual([]);
  });

  it("reject a date-time or a date in the wrong format", () => {
    const time = clone(fullSummary());
    time.page.updated_at = "yesterday";
    const day = clone(fullSummary());
    day.components.find((c) => !c.group)!.start_date = "01/02/2026";
    expect(errorsOf("summary", time)).toContainEqual(expect.objectContaining({ keyword: "format", params: { format: "date-time" } }));
    expect(errorsOf("summary", day)).toContainEqual(expect.objectContaining({ keyword: "format", params: { format: "date" } }));
  });

  it("allow the optional stale key on every document, only with status_as_of and message", () => {
    const status = { page: fullSummary().page, status: { indicator: "none", description: "All Systems Operational" } };
    expect(errorsOf("status", { ...status, stale: STALE })).toEqual([]);
    expect(errorsOf("summary", { ...fullSummary(), stale: STALE })).toEqual([]);
    expect(errorsOf("status", { ...status, stale: { status_as_of: STALE.status_as_of } })).not.toEqual([]);
    expect(errorsOf("status", { ...status, stale: { ...STALE, since: "x" } })).not.toEqual([]);
    for (const route of V2_ROUTES) {
      const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${route.schema}.schema.json`, "utf8"));
      expect(schema.properties.stale).toEqual({ $ref: "definitions.schema.json#/$defs/stale" });
      expect(schema.required).not.toContain("stale");
      expect(schema.description).toContain("stale");
    }
  });
});
