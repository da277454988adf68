import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { invalidTransition, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeRoleInput } from "./schema";

// A page must always keep an owner, or nobody could manage users and tokens again.
async function ownersBesides(tx: Prisma.TransactionClient, userId: string) {
  return tx.user.count({ where: { role: "owner", id: { not: userId } } });
}

export async function changeAdminRole(actor: Actor, userId: string, rawInput: unknown): Promise<MutationResult<{ role: string }>> {
  const parsed = changeRoleInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return notFound("No such admin");
    if (user.role === "owner" && parsed.data.role !== "owner" && (await ownersBesides(tx, userId)) === 0) {
      return invalidTransition("The last owner can't become an editor; make someone else owner first");
    }
    await tx.user.update({ where: { id: userId }, data: { role: parsed.data.role } });
    await recordAudit(tx, {
      actor,
      action: "user.role.change",
      entityType: "user",
      entityId: userId,
      before: { role: user.role },
      after: { role: parsed.data.role },
    });
    return succeeded({ role: parsed.data.role });
  });
}

/** Removes an admin and ends their sessions (sessions and accounts cascade). */
export async function removeAdmin(actor: Actor, userId: string): Promise<MutationResult<{ email: string }>> {
  if (actor.id === userId) return invalidTransition("You can't remove your own account");
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return notFound("No such admin");
    if (user.role === "owner" && (await ownersBesides(tx, userId)) === 0) return invalidTransition("The last owner can't be removed");
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, {
      actor,
      action: "user.remove",
      entityType: "user",
      entityId: userId,
      before: { email: user.email, role: user.role },
      after: null,
    });
    return succeeded({ email: user.email });
  });
}

export async function listAdmins() {
  const prisma = await getPrisma();
  return prisma.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}
