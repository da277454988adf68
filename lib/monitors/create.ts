import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import { sealSecret } from "@/lib/secrets/secret-box";
import { createHeartbeatToken, heartbeatPath } from "./heartbeat-token";
import { findUnknownLocation } from "./locations-exist";
import { type MonitorView, toMonitorView } from "./monitor-view";
import { nextCheckAfterChange } from "./next-check";
import { placeMonitor } from "./placement";
import { createMonitorInput } from "./schema";

export interface CreatedMonitor {
  monitor: MonitorView;
  /** A heartbeat monitor's push path with its secret: shown this once, only its hash is stored. */
  heartbeatPath: string | null;
}

/**
 * Adds a monitor to a component. A check monitor is due at once, so its first result shows within seconds; a
 * heartbeat monitor waits one interval plus its grace for the first push.
 */
export async function createMonitor(actor: Actor, rawInput: unknown, now = new Date()): Promise<MutationResult<CreatedMonitor>> {
  const parsed = createMonitorInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { requestHeaders, connectionString, locationIds, ...input } = parsed.data;
  const secret = input.kind === "heartbeat" ? createHeartbeatToken() : null;
  const nextCheckAt = nextCheckAfterChange(now, input);
  const prisma = await getPrisma();
  // Sealed before the transaction: the instance key is read on the client, and the embedded store has one connection.
  const connectionSealed = connectionString ? await sealSecret(prisma, connectionString) : null;

  return prisma.$transaction(async (tx): Promise<MutationResult<CreatedMonitor>> => {
    if (!(await tx.component.findUnique({ where: { id: input.componentId }, select: { id: true } }))) {
      return fieldInvalid("componentId", "componentId names no component");
    }
    // A monitor moves its component's status: on a component outside a limited editor's pages, it is theirs to refuse.
    const outside = await refuseOutsidePages(
      { db: tx, actor },
      { kind: "component", componentIds: [input.componentId] },
      { of: () => "componentId" },
    );
    if (outside) return outside;
    const unknownLocation = await findUnknownLocation(tx, locationIds);
    if (unknownLocation) return fieldInvalid("locationIds", `locationIds: ${unknownLocation} names no probe location`);
    const created = await tx.monitor.create({
      data: { ...input, requestHeaders, connectionSealed, heartbeatTokenHash: secret?.tokenHash ?? null, nextCheckAt },
    });
    await placeMonitor(tx, created.id, input.placement, locationIds, nextCheckAt);
    const row = await tx.monitor.findUniqueOrThrow({
      where: { id: created.id },
      include: { assignments: { select: { locationId: true } } },
    });
    const monitor = toMonitorView(row);
    await recordAudit(tx, { actor, action: "monitor.create", entityType: "monitor", entityId: row.id, before: null, after: monitor });
    return succeeded({ monitor, heartbeatPath: secret ? heartbeatPath(secret.token) : null });
  });
}
