import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { changePassword } from "@/app/admin/(console)/account/actions";
import { addComponent } from "@/app/admin/(console)/components/actions";
import { retryDeliveryAction } from "@/app/admin/(console)/deliveries/actions";
import { openIncident, removeIncident } from "@/app/admin/(console)/incidents/actions";
import { scheduleMaintenance } from "@/app/admin/(console)/maintenance/actions";
import { addMonitor } from "@/app/admin/(console)/monitors/actions";
import { savePageSettings } from "@/app/admin/(console)/settings/actions";
import { removeSubscriberAction, sendTestMessageAction } from "@/app/admin/(console)/subscribers/actions";
import { GET as exportSubscribers } from "@/app/admin/(console)/subscribers/export/route";
import { addTemplate } from "@/app/admin/(console)/templates/actions";
import { createToken } from "@/app/admin/(console)/tokens/actions";
import { invite } from "@/app/admin/(console)/users/actions";
import { authenticateBearer } from "@/lib/api-tokens/authenticate";
import { createApiToken } from "@/lib/api-tokens/create";
import { API_SCOPES, requireScope, scopesWithinRole } from "@/lib/api-tokens/scopes";
import { type AdminRole, ALL_PERMISSIONS, PERMISSIONS, type Permission, refusalOf } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { formOf } from "@/lib/testing/form-of";

// Every cell of the role matrix, through the real actions, builder, permission check and store. Only the session is
// injected: `signedIn` is who better-auth says is signing the request (there is no request to read cookies from).

let signedIn: { id: string; email: string; name: string; role: AdminRole } | null = null;
vi.mock("@/lib/auth/auth", () => ({
  getAuth: async () => ({ api: { getSession: async () => (signedIn ? { user: signedIn } : null), changePassword: async () => ({}) } }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "status.test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, updateTag: () => undefined }));

/** The matrix as the README states it; lib/auth/roles.ts must say the same. */
const OWNER_ONLY: Permission[] = [
  "page-settings.edit",
  "users.manage",
  "api-tokens.manage",
  "subscribers.view",
  "subscribers.remove",
  "subscribers.test",
  "deliveries.manage",
  "incidents.delete",
];
const ROLES: AdminRole[] = ["owner", "editor"];

type Outcome = "done" | "refused" | `failed: ${string}`;

/** What came of an attempt: refused with exactly the permission's words, done (saved, redirected onwards, served), or failed otherwise. */
async function outcomeOf(permission: Permission, run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const answer = (await run()) as { ok?: boolean; error?: string; userId?: string } | Response;
    if (answer instanceof Response) return answer.status === 200 ? "done" : `failed: ${answer.status}`;
    if (answer.ok === false) return answer.error === refusalOf(permission) ? "refused" : `failed: ${answer.error}`;
    return answer.ok === true || answer.userId ? "done" : `failed: ${JSON.stringify(answer)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.includes("/admin?denied=owner")) return "refused";
    if (digest.startsWith("NEXT_REDIRECT")) return "done";
    throw error;
  }
}

describe.each(DATABASE_KINDS)("the role matrix on %s", (kind) => {
  let dispose: () => Promise<void>;
  const admins = {} as Record<AdminRole, { id: string; email: string; name: string; role: AdminRole }>;
  let componentId: string;
  const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    const prisma = await getPrisma();
    for (const role of ROLES) {
      admins[role] = { id: randomUUID(), email: `${role}@example.com`, name: role, role };
      await prisma.user.create({ data: admins[role] });
    }
    componentId = (await prisma.component.findFirstOrThrow()).id;
  });
  afterAll(() => dispose());

  // One way to exercise each permission; the ids and names are fresh per call so both roles can succeed.
  const attempts: Record<Permission, () => Promise<unknown>> = {
    "page-settings.edit": () =>
      savePageSettings({}, formOf({ name: "Acme Status", url: "https://status.acme.test", timeZone: "UTC", description: "", logoUrl: "" })),
    "users.manage": () => invite({}, formOf({ email: `${randomUUID()}@example.com`, role: "editor" })),
    "api-tokens.manage": () => createToken({}, formOf({ name: `token ${randomUUID()}`, scopes: ["incidents:write"] })),
    "subscribers.view": () => exportSubscribers(new Request("http://status.test/admin/subscribers/export")),
    "subscribers.remove": async () => {
      const subscriber = await (await getPrisma()).subscriber.create({
        data: { channel: "email", email: `${randomUUID()}@example.com`, componentIds: [], groupIds: [], confirmedAt: new Date() },
      });
      return removeSubscriberAction(subscriber.id, {}, formOf({}));
    },
    "subscribers.test": async () => {
      const subscriber = await (await getPrisma()).subscriber.create({
        data: { channel: "email", email: `${randomUUID()}@example.com`, componentIds: [], groupIds: [], confirmedAt: new Date() },
      });
      return sendTestMessageAction(subscriber.id, {}, formOf({}));
    },
    "deliveries.manage": () => retryDeliveryAction(randomUUID(), {}, formOf({})),
    "monitors.manage": () => addMonitor({}, formOf({ componentId, name: `push ${randomUUID()}`, kind: "heartbeat" })),
    "incidents.manage": () =>
      openIncident({}, formOf({ name: "Checkout failing", impact: "minor", status: "investigating", message: "Looking." })),
    "incidents.delete": async () => {
      const incident = await (await getPrisma()).incident.create({
        data: { name: "Opened by mistake", impact: "none", status: "investigating", startedAt: new Date() },
      });
      return removeIncident(incident.id, {}, formOf({}));
    },
    "maintenance.manage": () =>
      scheduleMaintenance(
        {},
        formOf({
          name: "Database upgrade",
          scheduledFor: later(2),
          scheduledUntil: later(3),
          message: "Planned.",
          [`component:${componentId}`]: "on",
        }),
      ),
    "components.manage": () => addComponent({}, formOf({ name: `Search ${randomUUID().slice(0, 8)}`, description: "" })),
    "templates.manage": () =>
      addTemplate(
        {},
        formOf({ name: `Outage ${randomUUID()}`, title: "Outage", impact: "major", status: "investigating", body: "We are on it." }),
      ),
    "badges.view": () => requireAdmin({ permission: "badges.view" }),
    "audit.view": () => requireAdmin({ permission: "audit.view" }),
    "reports.view": () => requireAdmin({ permission: "reports.view" }),
    "account.edit": () => changePassword({}, formOf({ currentPassword: "correct-horse-battery", newPassword: "a-new-long-password" })),
  };

  it("the matrix in code is the documented one", () => {
    for (const permission of ALL_PERMISSIONS) {
      expect([permission, PERMISSIONS[permission].roles]).toEqual([
        permission,
        OWNER_ONLY.includes(permission) ? ["owner"] : ["owner", "editor"],
      ]);
    }
  });

  describe.each(ROLES)("as %s", (role) => {
    it.each(ALL_PERMISSIONS)("%s", async (permission) => {
      signedIn = admins[role];
      // No failed delivery exists, so an allowed retry gets past the role to the domain's answer.
      const allowed: Outcome = permission === "deliveries.manage" ? "failed: No delivery has that id" : "done";
      const expected = role === "editor" && OWNER_ONLY.includes(permission) ? "refused" : allowed;
      expect(await outcomeOf(permission, attempts[permission])).toBe(expected);
    });
  });

  it("a refused action changes nothing: an editor cannot move the page URL", async () => {
    signedIn = admins.editor;
    const prisma = await getPrisma();
    const before = await prisma.pageSettings.findFirst();
    const state = await savePageSettings({}, formOf({ name: "Phish", url: "https://evil.test", timeZone: "UTC" }));
    expect(state).toMatchObject({ ok: false, error: "Only an owner can change the page settings.", values: { url: "https://evil.test" } });
    expect(await prisma.pageSettings.findFirst()).toEqual(before);
  });

  it("an editor limited to pages keeps the editor's permissions, refused only outside those pages", async () => {
    const prisma = await getPrisma();
    const page = await prisma.pageSettings.create({
      data: { id: randomUUID(), name: "Empty page", url: "https://x.test", timeZone: "UTC", showAllComponents: false },
    });
    await prisma.editorPage.create({ data: { userId: admins.editor.id, pageId: page.id } });
    try {
      signedIn = admins.editor;
      expect(await outcomeOf("audit.view", attempts["audit.view"])).toBe("done");
      expect(await outcomeOf("page-settings.edit", attempts["page-settings.edit"])).toBe("refused");
      const state = (await attempts["maintenance.manage"]()) as { ok: boolean; error?: string };
      expect(state).toMatchObject({ ok: false, error: expect.stringContaining("limited to the pages Empty page") });
    } finally {
      await prisma.pageSettings.delete({ where: { id: page.id } });
    }
  });

  it("an API token does every write its scopes name for an owner's or an editor's token, and no more than its creator's role", async () => {
    for (const role of ROLES) {
      const actor = { type: "user" as const, id: admins[role].id, label: admins[role].email };
      const created = await createApiToken(actor, { name: `${role} script`, scopes: [...API_SCOPES] });
      if (!created.ok) throw new Error(created.error.message);
      const auth = await authenticateBearer(`Bearer ${created.data.plaintext}`);
      if (!auth.ok) throw new Error(auth.error.message);
      // An editor's token holds the scopes within an editor's role (not pages:write, which only owners have).
      const held = scopesWithinRole(API_SCOPES, role);
      expect(held.length).toBeGreaterThan(0);
      for (const scope of API_SCOPES)
        expect([role, scope, requireScope(auth.token, scope).ok]).toEqual([role, scope, held.includes(scope)]);
    }
  });
});
