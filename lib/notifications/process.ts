import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { gracePeriodOver } from "@/lib/jobs/grace-period";
import { type ClaimedDelivery, claimDueDeliveries, markAttemptFailed, markDelivered, releaseDelivery } from "./claim";
import { type DeliveryDeps, sendDelivery } from "./deliver";
import { RefusedDeliveryError } from "./refused-delivery";

export interface ProcessedBatch {
  claimed: number;
  delivered: number;
  failedAttempts: number;
  /** Given back unsent on shutdown, for another worker to claim at once. */
  released: number;
}

export interface ProcessOptions {
  now?: () => Date;
  limit?: number;
  /** Aborts on shutdown: nothing more is claimed, and sends still running `graceMs` later are released. */
  signal?: AbortSignal;
  graceMs?: number;
}

// "lost": given up on at shutdown, but the lease had already moved on (its outcome is recorded elsewhere).
type Outcome = "delivered" | "failed" | "gone" | "released" | "lost";

/** Claims a batch of due deliveries, sends them side by side and records each outcome under its lease. */
export async function processDueDeliveries(
  deps: DeliveryDeps,
  { now = () => new Date(), limit = 10, signal, graceMs = 0 }: ProcessOptions = {},
): Promise<ProcessedBatch> {
  if (signal?.aborted) return { claimed: 0, delivered: 0, failedAttempts: 0, released: 0 };
  const prisma = await getPrisma();
  const claims = await claimDueDeliveries(prisma, { now: now(), limit });
  const giveUp = signal ? gracePeriodOver(signal, graceMs).then(() => "give up" as const) : null;
  const outcomes = await Promise.all(
    claims.map(async (claim): Promise<Outcome> => {
      const attempt = attemptDelivery(prisma, claim, deps, now);
      if (!giveUp) return attempt;
      const first = await Promise.race([attempt, giveUp]);
      if (first !== "give up") return first;
      return (await releaseDelivery(prisma, claim)) ? "released" : "lost";
    }),
  );
  const count = (outcome: Outcome) => outcomes.filter((o) => o === outcome).length;
  return { claimed: claims.length, delivered: count("delivered"), failedAttempts: count("failed"), released: count("released") };
}

async function attemptDelivery(prisma: PrismaClient, claim: ClaimedDelivery, deps: DeliveryDeps, now: () => Date): Promise<Outcome> {
  try {
    if ((await sendDelivery(prisma, claim.id, deps)) === "gone") return "gone";
    await markDelivered(prisma, claim, now());
    return "delivered";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await markAttemptFailed(prisma, claim, message, now(), { retry: !(error instanceof RefusedDeliveryError) });
    return "failed";
  }
}
