import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFirstOwner } from "@/lib/auth/bootstrap-owner";
import { getPrisma } from "@/lib/db/boot";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { inviteAdmin } from "./invite";
import { changeAdminRole, removeAdmin } from "./manage";

describe.each(DATABASE_KINDS)("managing admins on %s", (kind) => {
  let dispose: () => Promise<void>;
  let ownerId: string;
  const owner = () => ({ type: "user" as const, id: ownerId, label: "owner@example.com" });

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    const prisma = await getPrisma();
    await ensureFirstOwner(prisma, { email: "owner@example.com", password: "correct-horse-battery-staple" });
    ownerId = (await prisma.user.findUniqueOrThrow({ where: { email: "owner@example.com" } })).id;
  });
  afterAll(() => dispose());

  it("the first start creates exactly one owner, whose password is stored only as a hash", async () => {
    const prisma = await getPrisma();
    expect(await ensureFirstOwner(prisma, { email: "other@example.com", password: "another-long-password" })).toEqual({ created: false });
    const account = await prisma.account.findFirstOrThrow({ where: { userId: ownerId } });
    expect(account.password).not.toContain("correct-horse");
    expect(await verifyPassword({ hash: account.password!, password: "correct-horse-battery-staple" })).toBe(true);
  });

  it("an owner invites an editor with a temporary password, audited", async () => {
    const result = await inviteAdmin(owner(), { email: "Editor@Example.com", role: "editor" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "editor@example.com" }, include: { accounts: true } });
    expect(user.role).toBe("editor");
    expect(await verifyPassword({ hash: user.accounts[0].password!, password: result.data.temporaryPassword })).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: "user.invite", entityId: user.id, actorId: ownerId } })).toBe(1);
  });

  it("inviting an existing email is refused naming the field", async () => {
    const result = await inviteAdmin(owner(), { email: "owner@example.com", role: "editor" });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { email: ["An admin with this email already exists"] } },
    });
  });

  it("the last owner can be neither demoted nor removed", async () => {
    expect(await changeAdminRole(owner(), ownerId, { role: "editor" })).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
    const editor = await (await getPrisma()).user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    expect(await removeAdmin({ ...owner(), id: editor.id }, ownerId)).toMatchObject({ ok: false, error: { code: "invalid_transition" } });
  });

  it("removing an admin ends their sessions", async () => {
    const prisma = await getPrisma();
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    await prisma.session.create({ data: { id: "s1", token: "t1", userId: editor.id, expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await removeAdmin(owner(), editor.id)).toMatchObject({ ok: true });
    expect(await prisma.session.count({ where: { token: "t1" } })).toBe(0);
  });
});
