import "server-only";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { subscriberIdForToken } from "@/lib/notifications/subscriber-token";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";

/** Confirms the subscription a confirmation link names; the link works once (confirm tokens are then dropped). */
export async function confirmSubscription(token: unknown, now = new Date()): Promise<MutationResult<{ email: string | null }>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ email: string | null }>> => {
    const subscriberId = await subscriberIdForToken(tx, token, "confirm", now);
    if (!subscriberId) return notFound("This confirmation link is invalid or has expired; subscribe again to get a new one");
    const subscriber = await tx.subscriber.update({ where: { id: subscriberId }, data: { confirmedAt: now } });
    await tx.subscriberToken.deleteMany({ where: { subscriberId, purpose: "confirm" } });
    return succeeded({ email: subscriber.email });
  });
}

/** The address a live confirmation link is for, or null; reading it confirms nothing (mail scanners open links). */
export async function findPendingConfirmation(token: unknown, now = new Date()): Promise<{ email: string | null; pageId: string } | null> {
  const prisma = await getPrisma();
  const subscriberId = await subscriberIdForToken(prisma, token, "confirm", now);
  if (!subscriberId) return null;
  const subscriber = await prisma.subscriber.findUnique({ where: { id: subscriberId }, select: { email: true, pageId: true } });
  return subscriber && { email: subscriber.email, pageId: subscriber.pageId ?? PAGE_SETTINGS_ID };
}
