import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postUpdate } from "@/app/api/admin/v1/incidents/[id]/updates/route";
import { POST as createIncident } from "@/app/api/admin/v1/incidents/route";
import { getPrisma } from "@/lib/db/boot";
import { apiRequest, expectApiError, ownerToken, routeParams } from "@/lib/testing/api-requests";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// Issue 21: the write API takes `translations` keyed by language, stores them with their rows, audits them, and
// answers an unknown language with a 422 naming the field.

describe.each(DATABASE_KINDS)("translations through the admin API on %s", (kind) => {
  let dispose: () => Promise<void>;
  let token: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    token = await ownerToken(["incidents:write"]);
  });
  afterAll(() => dispose());

  it("stores an incident's and its updates' translations, and audits them", async () => {
    const body = {
      name: "Login outage",
      impact: "major",
      message: "Logins fail.",
      translations: { de: { name: "Anmeldung gestört", message: "Anmeldungen schlagen fehl." }, ja: { name: "", message: "" } },
    };
    const response = await createIncident(apiRequest("/incidents", { token, body }));
    expect(response.status).toBe(201);
    const { incident, update } = await response.json();
    const prisma = await getPrisma();
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incident.id } })).nameTranslations).toEqual({ de: "Anmeldung gestört" });
    expect((await prisma.incidentUpdate.findUniqueOrThrow({ where: { id: update.id } })).bodyTranslations).toEqual({
      de: "Anmeldungen schlagen fehl.",
    });

    const posted = await postUpdate(
      apiRequest(`/incidents/${incident.id}/updates`, {
        token,
        body: { status: "identified", message: "Found it.", translations: { fr: { message: "Trouvé." } } },
      }),
      routeParams(incident.id),
    );
    expect(posted.status).toBe(201);
    const second = (await posted.json()).update;
    expect((await prisma.incidentUpdate.findUniqueOrThrow({ where: { id: second.id } })).bodyTranslations).toEqual({ fr: "Trouvé." });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "incident.create", entityId: incident.id } });
    expect(JSON.stringify(audit)).toContain("Anmeldung gestört");
  });

  it("refuses an unknown language with a 422 naming translations.<language>, storing nothing", async () => {
    const prisma = await getPrisma();
    const before = await prisma.incident.count();
    const body = { name: "Bad", impact: "minor", message: "x", translations: { klingon: { name: "Qagh" } } };
    const error = await expectApiError(await createIncident(apiRequest("/incidents", { token, body })), 422, "validation");
    expect(Object.keys(error.fields!)).toEqual(["translations.klingon"]);
    expect(error.fields!["translations.klingon"][0]).toMatch(/klingon is not a language Beacon ships/);
    expect(await prisma.incident.count()).toBe(before);
  });
});
