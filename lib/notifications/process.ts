import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { claimDueDeliveries, markAttemptFailed, markDelivered } from "./claim";
import { type DeliveryDeps, sendDelivery } from "./deliver";

export interface ProcessedBatch {
  claimed: number;
  delivered: number;
  failedAttempts: number;
}

/** Claims a batch of due deliveries, sends them side by side and records each outcome under its lease. */
export async function processDueDeliveries(
  deps: DeliveryDeps,
  { now = () => new Date(), limit = 10 }: { now?: () => Date; limit?: number } = {},
): Promise<ProcessedBatch> {
  const prisma = await getPrisma();
  const claims = await claimDueDeliveries(prisma, { now: now(), limit });
  const outcomes = await Promise.all(
    claims.map(async (claim) => {
      try {
        if ((await sendDelivery(prisma, claim.id, deps)) === "gone") return "gone";
        await markDelivered(prisma, claim, now());
        return "delivered";
      } catch (error) {
        await markAttemptFailed(prisma, claim, error instanceof Error ? error.message : String(error), now());
        return "failed";
      }
    }),
  );
  return {
    claimed: claims.length,
    delivered: outcomes.filter((o) => o === "delivered").length,
    failedAttempts: outcomes.filter((o) => o === "failed").length,
  };
}
