import { describe, expect, it } from "vitest";
import { isExpectedStatus, parseStatusCodeRanges } from "./status-codes";

describe("expected status codes", () => {
  it("reads single codes and ranges", () => {
    expect(parseStatusCodeRanges("200-299, 301,418")).toEqual([
      [200, 299],
      [301, 301],
      [418, 418],
    ]);
  });

  it("refuses lists that are not codes between 100 and 599", () => {
    for (const bad of ["", "2xx", "200-", "299-200", "99", "600", "200,,204"]) expect(parseStatusCodeRanges(bad)).toBeNull();
  });

  it("accepts any 2xx by default and rejects a 502", () => {
    expect(isExpectedStatus(204, "200-299")).toBe(true);
    expect(isExpectedStatus(502, "200-299")).toBe(false);
    expect(isExpectedStatus(301, "200,301")).toBe(true);
  });
});
