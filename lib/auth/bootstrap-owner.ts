import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const FIRST_OWNER_LOCK_KEY = 7373002;
export const DEFAULT_OWNER_EMAIL = "admin@beacon.local";

export type FirstOwner = { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * On first start (no admin yet) creates the owner account from BEACON_ADMIN_EMAIL / BEACON_ADMIN_PASSWORD,
 * or with a generated password that the caller prints once.
 */
export async function ensureFirstOwner(
  prisma: PrismaClient,
  configured: { email: string | undefined; password: string | undefined },
): Promise<FirstOwner> {
  const email = (configured.email ?? DEFAULT_OWNER_EMAIL).toLowerCase();
  const generatedPassword = configured.password ? null : randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(configured.password ?? generatedPassword!);

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FIRST_OWNER_LOCK_KEY})`);
      if (await tx.user.findFirst({ select: { id: true } })) return { created: false } as const;
      const userId = randomUUID();
      await tx.user.create({ data: { id: userId, name: "Owner", email, emailVerified: true, role: "owner" } });
      await tx.account.create({
        data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash },
      });
      await tx.auditLog.create({
        data: {
          actorType: "system",
          actorLabel: "first start",
          action: "user.create",
          entityType: "user",
          entityId: userId,
          after: { email, role: "owner" },
        },
      });
      return { created: true, email, generatedPassword } as const;
    },
    { timeout: 15_000 },
  );
}
