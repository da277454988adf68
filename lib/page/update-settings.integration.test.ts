import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { getPageSettings } from "./queries";
import { updatePageSettings } from "./update-settings";

const now = new Date("2026-11-24T12:00:00Z");
const owner: Actor = { type: "user", id: "user-owner", label: "owner@example.com" };
const valid = { name: "Acme Status", url: "https://status.acme.test", timeZone: "Europe/London", description: "Acme's services." };

describe.each(DATABASE_KINDS)("page settings on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());

  it("an unknown time zone is refused, naming the field, and nothing is written", async () => {
    const prisma = await getPrisma();
    const audits = await prisma.auditLog.count();
    const result = await updatePageSettings(owner, { ...valid, timeZone: "Mars/Olympus_Mons" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "validation",
        message: "timeZone must be an IANA time zone, e.g. Europe/London or UTC",
        fields: { timeZone: ["timeZone must be an IANA time zone, e.g. Europe/London or UTC"] },
      },
    });
    expect(await prisma.auditLog.count()).toBe(audits);
    expect((await prisma.pageSettings.findUniqueOrThrow({ where: { id: "page" } })).timeZone).toBe("UTC");
  });

  it("a blank name and a URL that is not http(s) are refused, each naming its field", async () => {
    const result = await updatePageSettings(owner, { ...valid, name: " ", url: "javascript:alert(1)" });
    expect(!result.ok && Object.keys(result.error.fields ?? {}).sort()).toEqual(["name", "url"]);
  });

  it("saving the settings updates the one row and records it before and after", async () => {
    const prisma = await getPrisma();
    const saved = await updatePageSettings(owner, valid);
    expect(saved.ok && saved.data).toMatchObject({ id: "page", ...valid });
    expect(await prisma.pageSettings.count()).toBe(1);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "page_settings.update" } });
    expect(audit).toMatchObject({ actorId: "user-owner", actorLabel: "owner@example.com", entityType: "page_settings", entityId: "page" });
    expect(audit.before).toMatchObject({ name: "CapLiquify Status", timeZone: "UTC" });
    expect(audit.after).toMatchObject(valid);
  });

  it("a logo URL is saved and shown by getPageSettings; a bad or overlong one is refused naming logoUrl; blank clears it", async () => {
    const logoUrl = "https://cdn.acme.test/logo.png";
    const saved = await updatePageSettings(owner, { ...valid, logoUrl: `  ${logoUrl} ` });
    expect(saved.ok && saved.data).toMatchObject({ logoUrl });
    expect((await getPageSettings()).logoUrl).toBe(logoUrl);

    for (const bad of ["javascript:alert(1)", "logo.png", `https://cdn.acme.test/${"a".repeat(500)}.png`]) {
      const refused = await updatePageSettings(owner, { ...valid, logoUrl: bad });
      expect(!refused.ok && Object.keys(refused.error.fields ?? {}), bad).toEqual(["logoUrl"]);
    }
    expect((await (await getPrisma()).pageSettings.findUniqueOrThrow({ where: { id: "page" } })).logoUrl).toBe(logoUrl);

    const cleared = await updatePageSettings(owner, { ...valid, logoUrl: " " });
    expect(cleared.ok && cleared.data).toMatchObject({ logoUrl: null });
  });

  it("UTC is accepted and a blank description clears it", async () => {
    const saved = await updatePageSettings(owner, { ...valid, timeZone: "UTC", description: "  " });
    expect(saved.ok && saved.data).toMatchObject({ timeZone: "UTC", description: null });
  });
});
