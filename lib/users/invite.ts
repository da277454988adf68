import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { inviteAdminInput } from "./schema";

/** Creates an admin account with a temporary password, returned once for the owner to pass on. */
export async function inviteAdmin(actor: Actor, rawInput: unknown): Promise<MutationResult<{ email: string; temporaryPassword: string }>> {
  const parsed = inviteAdminInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { email, name, role } = parsed.data;
  const temporaryPassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(temporaryPassword);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      return fieldInvalid("email", "An admin with this email already exists");
    }
    const userId = randomUUID();
    await tx.user.create({ data: { id: userId, email, name: name || email, role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash } });
    await recordAudit(tx, { actor, action: "user.invite", entityType: "user", entityId: userId, before: null, after: { email, role } });
    return succeeded({ email, temporaryPassword });
  });
}
