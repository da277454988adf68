import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { formOf } from "@/lib/testing/form-of";

// The admin's edit forms post their language tabs (`translations.<locale>.<field>`) as the create forms do: editing an
// incident's name and an update's text keeps, replaces or (blank) removes their translations, and audits the change.

vi.mock("@/lib/auth/session", () => ({
  requireAdmin: async () => ({ userId: "u1", email: "olive@example.com", name: "Olive", role: "owner" }),
  actorOf: () => ({ type: "user", id: "u1", label: "olive@example.com" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, updateTag: () => undefined }));

describe.each(DATABASE_KINDS)("translations in the admin's edit forms, on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
  });
  afterAll(() => dispose());

  it("editing an incident's details and an update's text stores their German tabs and drops a blanked Japanese one", async () => {
    const { openIncident, saveIncidentDetails, fixUpdateText } = await import("@/app/admin/(console)/incidents/actions");
    // Opening redirects to the new incident's admin page (Next's redirect is a thrown NEXT_REDIRECT).
    await openIncident(
      {},
      formOf({
        name: "Checkout failing",
        impact: "minor",
        status: "investigating",
        message: "Looking.",
        "translations.ja.name": "決済の障害",
      }),
    ).catch((error: Error) => {
      if (!error.message.includes("NEXT_REDIRECT")) throw error;
    });
    const prisma = await getPrisma();
    const incident = await prisma.incident.findFirstOrThrow({ where: { name: "Checkout failing" }, include: { updates: true } });

    const details = await saveIncidentDetails(
      incident.id,
      {},
      formOf({ name: "Checkout failing", impact: "minor", "translations.de.name": "Bezahlung gestört", "translations.ja.name": "" }),
    );
    expect(details.ok).toBe(true);
    const [update] = incident.updates;
    const fixed = await fixUpdateText(
      update.id,
      {},
      formOf({
        message: "Looking into it.",
        expectedUpdatedAt: update.updatedAt.toISOString(),
        "translations.de.message": "Wir sehen nach.",
      }),
    );
    expect(fixed.ok).toBe(true);

    const after = await prisma.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { updates: true } });
    expect(after.nameTranslations).toEqual({ de: "Bezahlung gestört" });
    expect(after.updates[0].bodyTranslations).toEqual({ de: "Wir sehen nach." });
    const audited = await prisma.auditLog.findMany({
      where: { entityId: { in: [incident.id, update.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(JSON.stringify(audited.map((entry) => entry.after))).toContain("Bezahlung gestört");
    expect(JSON.stringify(audited.map((entry) => entry.after))).toContain("Wir sehen nach.");
  });
});
