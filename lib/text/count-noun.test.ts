import { describe, expect, it } from "vitest";
import { countNoun } from "./count-noun";

describe("countNoun", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countNoun(1, "component")).toBe("1 component");
    expect(countNoun(0, "component")).toBe("0 components");
    expect(countNoun(3, "component")).toBe("3 components");
  });
  it("takes an irregular plural when given", () => {
    expect(countNoun(2, "entry", "entries")).toBe("2 entries");
  });
});
