import { describe, expect, it } from "vitest";
import { refusalOf, safeReturnPath } from "./refusal";

describe("what a reader without access gets", () => {
  it("an HTML sign-in page for the page's kind, a bare 401 for machines, all private and never indexed", () => {
    const page = refusalOf({ access: "refuse", status: 401, answer: "sign-in" }, "password", "page", "/", "/history");
    expect(page.status).toBe(401);
    expect(page.body).toContain('action="/access/password"');
    expect(page.body).toContain('value="/history"');
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.headers["x-robots-tag"]).toBe("noindex");
    const json = refusalOf({ access: "refuse", status: 401, answer: "machine" }, "password", "page", "/api/v2/summary.json", "/");
    expect(JSON.parse(json.body)).toEqual({ error: { code: "unauthorized", message: "This status page is private." } });
    expect(
      refusalOf({ access: "refuse", status: 401, answer: "machine" }, "email", "page", "/badge.svg", "/").headers["content-type"],
    ).toMatch(/svg/);
  });

  it("returns only to a path on this site", () => {
    expect(safeReturnPath("/incidents/x")).toBe("/incidents/x");
    expect(safeReturnPath("//evil.com")).toBe("/");
    expect(safeReturnPath("/\\evil.com")).toBe("/");
    expect(safeReturnPath("https://evil.com")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });
});
