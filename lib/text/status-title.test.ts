import { describe, expect, it } from "vitest";
import { statusTitle } from "./status-title";

describe("statusTitle", () => {
  it("adds 'status' before the noun for a plain name", () => {
    expect(statusTitle("Acme", "page")).toBe("Acme status page");
    expect(statusTitle("Acme", "history")).toBe("Acme status history");
  });
  it("does not repeat 'status' when the name already ends with it, in any case", () => {
    expect(statusTitle("CapLiquify Status", "page")).toBe("CapLiquify Status page");
    expect(statusTitle("acme status ", "history")).toBe("acme status history");
  });
  it("only counts 'status' as a whole word", () => {
    expect(statusTitle("Hyperstatus", "page")).toBe("Hyperstatus status page");
  });
});
