import { describe, expect, it } from "vitest";
import { auditDiff, auditRecordName } from "./diff";

const component = {
  id: "c1",
  slug: "backend-api",
  name: "Backend API",
  description: "The API.",
  status: "operational",
  groupId: null,
  updatedAt: "2026-11-24T12:00:00.000Z",
};

describe("auditDiff", () => {
  it("lists only the fields that changed, leaving out updatedAt", () => {
    const after = { ...component, name: "Public API", status: "major_outage", updatedAt: "2026-11-24T12:05:00.000Z" };
    expect(auditDiff(component, after)).toEqual([
      { field: "name", before: "Backend API", after: "Public API" },
      { field: "status", before: "operational", after: "major_outage" },
    ]);
  });

  it("shows a created record's fields as new and a deleted record's as gone", () => {
    expect(auditDiff(null, { name: "Xero", groupId: null })).toEqual([
      { field: "name", before: null, after: "Xero" },
      { field: "groupId", before: null, after: "null" },
    ]);
    expect(auditDiff({ name: "Xero" }, null)).toEqual([{ field: "name", before: "Xero", after: null }]);
  });

  it("names nested fields by their path and compares lists whole", () => {
    const before = { maintenance: { name: "Migration", scheduledFor: "2027-01-12T22:00:00.000Z" }, componentIds: ["a"] };
    const after = { maintenance: { name: "Migration", scheduledFor: "2027-01-13T22:00:00.000Z" }, componentIds: ["a", "b"] };
    expect(auditDiff(before, after)).toEqual([
      { field: "maintenance.scheduledFor", before: "2027-01-12T22:00:00.000Z", after: "2027-01-13T22:00:00.000Z" },
      { field: "componentIds", before: '["a"]', after: '["a","b"]' },
    ]);
  });

  it("is empty when nothing but bookkeeping changed", () => {
    expect(auditDiff(component, { ...component, updatedAt: "2026-11-25T00:00:00.000Z" })).toEqual([]);
  });
});

describe("auditRecordName", () => {
  it("names the record by its latest name, its email or a nested record's name", () => {
    expect(auditRecordName(component, { ...component, name: "Public API" })).toBe("Public API");
    expect(auditRecordName(component, null)).toBe("Backend API");
    expect(auditRecordName(null, { email: "olive@example.com", role: "owner" })).toBe("olive@example.com");
    expect(auditRecordName(null, { incident: { name: "502s" }, update: { body: "Looking." } })).toBe("502s");
  });

  it("is null when no snapshot carries a name", () => {
    expect(auditRecordName(null, { status: "resolved" })).toBeNull();
    expect(auditRecordName(null, null)).toBeNull();
  });
});
