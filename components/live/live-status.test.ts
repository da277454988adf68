import { describe, expect, it } from "vitest";
import { formatCheckedAt, hasPageChanged, isStaleDocument, liveStatusOf, pageVersionOf, retryDelayMs, staleAsOf } from "./live-status";

describe("live updates", () => {
  it("refreshes only when page.updated_at moves after the first successful check", () => {
    expect(hasPageChanged(null, "2026-01-01T10:00:00.000Z")).toBe(false);
    expect(hasPageChanged("2026-01-01T10:00:00.000Z", "2026-01-01T10:00:00.000Z")).toBe(false);
    expect(hasPageChanged("2026-01-01T10:00:00.000Z", "2026-01-01T10:05:00.000Z")).toBe(true);
    expect(hasPageChanged("2026-01-01T10:00:00.000Z", null)).toBe(false);
  });

  it("takes the version the page was rendered from as the baseline, so a change before the first poll is a change", () => {
    const rendered = "2026-01-01T10:00:00.000Z";
    const firstPoll = "2026-01-01T10:00:02.000Z"; // posted 2 s after the page loaded, before its first poll
    expect(hasPageChanged(rendered, firstPoll)).toBe(true);
  });

  it("reads the page version from status.json and ignores anything else", () => {
    expect(pageVersionOf({ page: { updated_at: "2026-01-01T10:00:00.000Z" }, status: {} })).toBe("2026-01-01T10:00:00.000Z");
    expect(pageVersionOf({ error: { code: "store_unavailable" } })).toBeNull();
    expect(pageVersionOf(null)).toBeNull();
  });

  it("retries a failed check after 5 s, backing off to at most 30 s", () => {
    expect([1, 2, 3, 6, 50].map(retryDelayMs)).toEqual([5_000, 10_000, 15_000, 30_000, 30_000]);
  });

  it("shows the time of the last check with seconds in the given zone", () => {
    const at = new Date("2026-01-01T10:04:05Z");
    expect(formatCheckedAt(at, "UTC")).toBe("10:04:05");
    expect(formatCheckedAt(at, "Asia/Tokyo")).toBe("19:04:05");
  });
});

describe("isStaleDocument", () => {
  it("recognises the last known state served while the store is unreachable", () => {
    expect(isStaleDocument({ page: {}, stale: { status_as_of: "2026-11-24T06:00:00Z", message: "…" } })).toBe(true);
    expect(isStaleDocument({ page: {} })).toBe(false);
    expect(isStaleDocument(null)).toBe(false);
  });
});

describe("staleAsOf", () => {
  it("reads when the last known state was current, and nothing from a live document", () => {
    expect(staleAsOf({ stale: { status_as_of: "2026-11-24T06:00:00.000Z", message: "…" } })).toBe("2026-11-24T06:00:00.000Z");
    expect(staleAsOf({ page: {} })).toBeNull();
  });
});

describe("liveStatusOf", () => {
  it("tells a live document, the last known state and an unreachable store apart", () => {
    expect(liveStatusOf(200, { page: { updated_at: "v1" } })).toEqual({
      version: "v1",
      storeUnreachable: false,
      staleAsOf: null,
      mirrorExportedAt: null,
    });
    expect(liveStatusOf(200, { page: { updated_at: "v1" }, stale: { status_as_of: "t", message: "m" } })).toEqual({
      version: "v1",
      storeUnreachable: true,
      staleAsOf: "t",
      mirrorExportedAt: null,
    });
    expect(liveStatusOf(503, { error: { code: "store_unavailable" } })).toEqual({
      version: null,
      storeUnreachable: true,
      staleAsOf: null,
      mirrorExportedAt: null,
    });
    expect(liveStatusOf(502, null)).toBeNull();
  });

  it("reads a static mirror's export time, which the page shows instead of the poll's", () => {
    const body = { page: { updated_at: "v1" }, mirror: { exported_at: "2026-11-29T14:00:00.000Z" } };
    expect(liveStatusOf(200, body)?.mirrorExportedAt).toBe("2026-11-29T14:00:00.000Z");
  });
});
