import { describe, expect, it } from "vitest";
import { parseBadgeQuery, parseUptimeBadgeQuery } from "./badge-query";

const params = (query: string) => new URLSearchParams(query);

describe("parseBadgeQuery", () => {
  it("defaults to the light theme and leaves style and label unset", () => {
    expect(parseBadgeQuery(params(""))).toEqual({ ok: true, value: { style: undefined, label: undefined, theme: "light" } });
  });

  it("takes every style shields knows, a label override and the dark theme; unknown parameters are ignored", () => {
    expect(parseBadgeQuery(params("style=for-the-badge&label=API&theme=dark&cb=123"))).toEqual({
      ok: true,
      value: { style: "for-the-badge", label: "API", theme: "dark" },
    });
  });

  it("keeps an empty label, which draws a message-only badge", () => {
    expect(parseBadgeQuery(params("label="))).toMatchObject({ ok: true, value: { label: "" } });
  });

  it.each([
    ["style=rounded", "style"],
    ["theme=blue", "theme"],
    [`label=${"x".repeat(101)}`, "label"],
  ])("%s is refused naming the field", (query, field) => {
    expect(parseBadgeQuery(params(query))).toEqual({ ok: false, field, message: `invalid ${field}` });
  });
});

describe("parseUptimeBadgeQuery", () => {
  it("defaults to 30 days", () => {
    expect(parseUptimeBadgeQuery(params(""))).toMatchObject({ ok: true, value: { days: 30 } });
  });

  it.each([
    ["1", 1],
    ["7", 7],
    ["90", 90],
  ])("takes days=%s", (days, expected) => {
    expect(parseUptimeBadgeQuery(params(`days=${days}`))).toMatchObject({ ok: true, value: { days: expected } });
  });

  it.each(["0", "91", "7.5", "-1", "3e1", "", "week"])("refuses days=%s naming the field", (days) => {
    expect(parseUptimeBadgeQuery(params(`days=${days}`))).toEqual({ ok: false, field: "days", message: "invalid days" });
  });
});
