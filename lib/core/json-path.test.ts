import { describe, expect, it } from "vitest";
import { jsonValueAsText, parseJsonPath, readJsonPath } from "@/lib/core/json-path";

describe("JSON-path assertions", () => {
  const health = { status: "ok", checks: { db: { up: true } }, items: [{ state: "green" }], "odd-key": 3 };

  it("reads keys, nested keys, indexes and quoted keys", () => {
    expect(readJsonPath(health, "$.status")).toBe("ok");
    expect(readJsonPath(health, "$.checks.db.up")).toBe(true);
    expect(readJsonPath(health, "$.items[0].state")).toBe("green");
    expect(readJsonPath(health, '$["odd-key"]')).toBe(3);
  });

  it("gives undefined for a missing value and null for an unsupported path", () => {
    expect(readJsonPath(health, "$.nope.deeper")).toBeUndefined();
    expect(parseJsonPath("status")).toBeNull();
    expect(parseJsonPath("$..status")).toBeNull();
  });

  it("compares values as text", () => {
    expect(jsonValueAsText("ok")).toBe("ok");
    expect(jsonValueAsText(true)).toBe("true");
    expect(jsonValueAsText(3)).toBe("3");
  });
});
