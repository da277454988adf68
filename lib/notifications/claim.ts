import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afterFailedAttempt } from "./backoff";

export const LEASE_MS = 60_000;

export interface ClaimedDelivery {
  id: string;
  attempts: number;
  /** The claim's identity: marking succeeds only while the row still carries this lease. */
  leaseUntil: Date;
}

/**
 * Claims up to `limit` due deliveries for `leaseMs`, counting the attempt. SKIP LOCKED keeps two workers off the same
 * rows; a lease that ran out (its worker died) makes the row claimable again, with the same id.
 */
export async function claimDueDeliveries(
  prisma: PrismaClient,
  { now = new Date(), limit = 10, leaseMs = LEASE_MS }: { now?: Date; limit?: number; leaseMs?: number } = {},
): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await prisma.$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE "NotificationDelivery" SET "leaseUntil" = ${leaseUntil}, "attempts" = "attempts" + 1, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "NotificationDelivery"
      WHERE state = 'pending'::"DeliveryState" AND "nextAttemptAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${now})
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, attempts`;
  return rows.map((row) => ({ id: row.id, attempts: Number(row.attempts), leaseUntil }));
}

/** Records success; false when the lease was lost (another worker took the row over). */
export async function markDelivered(prisma: PrismaClient, claim: ClaimedDelivery, now = new Date()): Promise<boolean> {
  const { count } = await prisma.notificationDelivery.updateMany({
    where: { id: claim.id, state: "pending", leaseUntil: claim.leaseUntil },
    data: { state: "delivered", deliveredAt: now, leaseUntil: null, lastError: null },
  });
  return count === 1;
}

/** Records a failed attempt: retried later with backoff, or failed for good after the last attempt (or at once, `retry: false`). */
export async function markAttemptFailed(
  prisma: PrismaClient,
  claim: ClaimedDelivery,
  error: string,
  now = new Date(),
  { retry = true }: { retry?: boolean } = {},
): Promise<boolean> {
  const next = retry ? afterFailedAttempt(claim.attempts, now) : { state: "failed" as const };
  const { count } = await prisma.notificationDelivery.updateMany({
    where: { id: claim.id, state: "pending", leaseUntil: claim.leaseUntil },
    data: {
      lastError: error.slice(0, 1000),
      leaseUntil: null,
      ...(next.state === "pending" ? { nextAttemptAt: next.nextAttemptAt } : { state: "failed" }),
    },
  });
  return count === 1;
}

/**
 * Gives a claimed delivery back unsent (shutdown): the lease ends now and the attempt is not counted, so another
 * worker claims it at once. False when the lease was already lost or the outcome recorded.
 */
export async function releaseDelivery(prisma: PrismaClient, claim: ClaimedDelivery): Promise<boolean> {
  const { count } = await prisma.notificationDelivery.updateMany({
    where: { id: claim.id, state: "pending", leaseUntil: claim.leaseUntil },
    data: { leaseUntil: null, attempts: { decrement: 1 } },
  });
  return count === 1;
}
