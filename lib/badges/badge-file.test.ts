import { describe, expect, it } from "vitest";
import { parseBadgeFile } from "./badge-file";

describe("parseBadgeFile", () => {
  it("splits a component's file into its ref and format", () => {
    expect(parseBadgeFile("backend-api.svg")).toEqual({ name: "backend-api", format: "svg" });
    expect(parseBadgeFile("cmabc123.json")).toEqual({ name: "cmabc123", format: "json" });
  });

  it("refuses other extensions and an empty name", () => {
    for (const file of ["backend-api.png", "backend-api", ".svg", "backend-api.svg.gz"]) expect(parseBadgeFile(file)).toBeNull();
  });
});
