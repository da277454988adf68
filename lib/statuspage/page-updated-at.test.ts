import { describe, expect, it } from "vitest";
import { t } from "@/lib/testing/statuspage-fixtures";
import { type PageChanges, pageUpdatedAt } from "./page-updated-at";

const nothing: PageChanges = { settingsUpdatedAt: null, groups: [], components: [], incidents: [], maintenances: [], lastAuditAt: null };

describe("page.updated_at", () => {
  it("is the latest change of anything the page shows, an update of an incident included", () => {
    const changes: PageChanges = {
      ...nothing,
      settingsUpdatedAt: t("2026-01-01T00:00:00Z"),
      components: [{ updatedAt: t("2026-01-05T00:00:00Z") }],
      incidents: [{ updatedAt: t("2026-01-06T00:00:00Z"), updates: [{ updatedAt: t("2026-01-09T00:00:00Z") }] }],
      maintenances: [{ updatedAt: t("2026-01-07T00:00:00Z"), updates: [] }],
    };
    expect(pageUpdatedAt(changes)).toEqual(t("2026-01-09T00:00:00Z"));
  });

  it("moves forward when something is removed from the page, through the audit log", () => {
    const shown = { ...nothing, groups: [{ updatedAt: t("2026-01-05T00:00:00Z") }] };
    expect(pageUpdatedAt({ ...shown, lastAuditAt: t("2026-01-08T00:00:00Z") })).toEqual(t("2026-01-08T00:00:00Z"));
  });

  it("is a fixed time for an empty store, so polling an empty page sees no change", () => {
    expect(pageUpdatedAt(nothing)).toEqual(new Date(0));
  });
});
