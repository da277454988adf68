import { describe, expect, it } from "vitest";
import { invalidTextPath, isValidText, storableText } from "./valid-text";

describe("text the store can keep", () => {
  it("refuses NUL bytes and lone surrogates, and accepts any other Unicode", () => {
    expect(isValidText("a\u0000b")).toBe(false);
    expect(isValidText("broken \ud800 pair")).toBe(false);
    expect(isValidText("emoji 🚀, accents é, CJK 漢")).toBe(true);
    expect(storableText().safeParse("a\u0000b").success).toBe(false);
  });

  it("names the path of the first bad string in a JSON value, keys included", () => {
    expect(invalidTextPath({ name: "a\u0000b" })).toEqual(["name"]);
    expect(invalidTextPath({ components: [{ id: "ok" }, { id: "\udc00" }] })).toEqual(["components", 1, "id"]);
    expect(invalidTextPath({ "bad\u0000key": 1 })).toEqual(["bad\\u0000key"]);
    expect(invalidTextPath({ name: "fine", n: 3, ok: true, none: null })).toBeNull();
  });
});
