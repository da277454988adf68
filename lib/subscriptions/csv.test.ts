import { describe, expect, it } from "vitest";
import { subscribersCsv } from "./csv";

const base = { webhookFormat: null, confirmedAt: null, createdAt: new Date("2026-11-24T12:00:00Z") };

describe("subscriber CSV export", () => {
  it("has a header and one row per subscriber, quoting commas and quotes", () => {
    const csv = subscribersCsv([{ ...base, id: "s1", channel: "email", target: "a@example.com", scope: 'API, "Web"' }]);
    expect(csv.split("\r\n")).toEqual([
      "id,channel,target,webhook_format,scope,confirmed_at,created_at",
      's1,email,a@example.com,,"API, ""Web""",,2026-11-24T12:00:00.000Z',
      "",
    ]);
  });

  it("keeps a value that looks like a formula as text", () => {
    const csv = subscribersCsv([{ ...base, id: "s2", channel: "email", target: "=HYPERLINK(1)@x.com", scope: "Everything" }]);
    expect(csv).toContain(",'=HYPERLINK(1)@x.com,");
  });
});
