import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, may, refusalOf } from "./roles";

describe("the role matrix", () => {
  it("an owner may do everything", () => {
    for (const permission of ALL_PERMISSIONS) expect([permission, may("owner", permission)]).toEqual([permission, true]);
  });

  it("an editor may run incidents but not move the page URL, which every email link and feed uses", () => {
    expect(may("editor", "incidents.manage")).toBe(true);
    expect(may("editor", "page-settings.edit")).toBe(false);
  });

  it("a refusal says who may", () => {
    expect(refusalOf("subscribers.remove")).toBe("Only an owner can remove subscribers.");
  });
});
