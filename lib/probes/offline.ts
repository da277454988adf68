import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PROBE_ACTOR } from "./probe-actor";

/**
 * Marks locations whose probe has not been heard from for `offlineAfterMs` offline, each with an audit entry
 * (what admins see on the probes page and in the audit log). An offline location's silence is never a failure:
 * rounds stop waiting for it. Returns the names newly offline.
 */
export async function markSilentLocationsOffline(prisma: PrismaClient, now: Date, offlineAfterMs: number): Promise<string[]> {
  const cutoff = new Date(now.getTime() - offlineAfterMs);
  const silent = await prisma.probeLocation.findMany({
    where: {
      revokedAt: null,
      offlineSince: null,
      OR: [{ lastContactAt: { lt: cutoff } }, { lastContactAt: null, createdAt: { lt: cutoff } }],
    },
  });
  const names: string[] = [];
  for (const location of silent) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.probeLocation.updateMany({ where: { id: location.id, offlineSince: null }, data: { offlineSince: now } });
      if (count !== 1) return;
      names.push(location.name);
      await recordAudit(tx, {
        actor: PROBE_ACTOR,
        action: "probe_location.offline",
        entityType: "probe_location",
        entityId: location.id,
        before: { name: location.name, lastContactAt: location.lastContactAt, offlineSince: null },
        after: { name: location.name, lastContactAt: location.lastContactAt, offlineSince: now },
      });
    });
  }
  return names;
}
