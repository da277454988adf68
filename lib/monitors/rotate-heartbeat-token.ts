import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { createHeartbeatToken, heartbeatPath } from "./heartbeat-token";

/** A new secret push path for a heartbeat monitor (the old one stops working); shown once, only its hash is kept. */
export async function rotateHeartbeatToken(actor: Actor, monitorId: string): Promise<MutationResult<{ heartbeatPath: string }>> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<{ heartbeatPath: string }>> => {
    const monitor = await tx.monitor.findUnique({ where: { id: monitorId }, select: { id: true, kind: true } });
    if (!monitor) return notFound("No such monitor");
    if (monitor.kind !== "heartbeat") return invalidTransition("Only heartbeat monitors have a push URL");
    const secret = createHeartbeatToken();
    await tx.monitor.update({ where: { id: monitorId }, data: { heartbeatTokenHash: secret.tokenHash } });
    // The audit row says the secret changed, never what it is.
    await recordAudit(tx, {
      actor,
      action: "monitor.rotate_heartbeat_token",
      entityType: "monitor",
      entityId: monitorId,
      before: null,
      after: { rotated: true },
    });
    return succeeded({ heartbeatPath: heartbeatPath(secret.token) });
  });
}
