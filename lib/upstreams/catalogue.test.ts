import { describe, expect, it } from "vitest";
import { CATALOGUE, searchCatalogue } from "./catalogue";

describe("the upstream catalogue", () => {
  it("ships the public status pages of @sentry/status-page-list", () => {
    expect(CATALOGUE.length).toBeGreaterThan(100);
    expect(CATALOGUE.every((entry) => /^https:\/\//.test(entry.url))).toBe(true);
  });

  it("finds a vendor by name or by a domain it serves", () => {
    expect(searchCatalogue("github").map((e) => e.url)).toContain("https://www.githubstatus.com");
    expect(searchCatalogue("render.com").map((e) => e.name)).toEqual(["Render"]);
    expect(searchCatalogue("no such vendor anywhere")).toEqual([]);
  });
});
