import { describe, expect, it } from "vitest";
import { MODEL_PARTS } from "@/lib/public-surface/bridge";
import { modelFixture } from "@/lib/testing/model-fixture";
import { changedParts } from "./changed-parts";

describe("changedParts", () => {
  it("names every part for a first model, none for the same one read again", () => {
    const model = modelFixture();
    expect(changedParts(null, model)).toEqual([...MODEL_PARTS]);
    expect(changedParts(model, { ...model, page: { ...model.page }, asOf: new Date(model.asOf.getTime() + 1_000) })).toEqual([]);
  });

  it("tells a component's status from its layout", () => {
    const model = modelFixture();
    const [first, ...rest] = model.components;
    const status = { ...model, components: [{ ...first, status: "major_outage" as const, updatedAt: new Date() }, ...rest] };
    expect(changedParts(model, status)).toEqual(["componentStatus"]);
    const renamed = { ...model, components: [{ ...first, name: "Renamed" }, ...rest] };
    expect(changedParts(model, renamed)).toEqual(["components"]);
  });

  it("names the incidents or maintenances when their lists hold other objects", () => {
    const model = modelFixture();
    const [first, ...rest] = model.incidents;
    expect(changedParts(model, { ...model, incidents: [{ ...first }, ...rest] })).toEqual(["incidents"]);
    expect(changedParts(model, { ...model, maintenances: model.maintenances.slice(1) })).toEqual(["maintenances"]);
  });
});
