import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import { sealSecret } from "@/lib/secrets/secret-box";
import { findUnknownLocation } from "./locations-exist";
import { configOf, KEPT_CONNECTION_STRING, type MonitorView, toMonitorView } from "./monitor-view";
import { nextCheckAfterChange } from "./next-check";
import { placeMonitor } from "./placement";
import { createMonitorInput, updateMonitorInput } from "./schema";

/**
 * Changes a monitor's configuration (a PATCH: only the fields sent). The result is checked as a whole monitor,
 * so a shorter interval is refused while the timeout no longer fits in it. The kind stays; the next check runs at once (nextCheckAfterChange).
 */
export async function updateMonitor(
  actor: Actor,
  monitorId: string,
  rawInput: unknown,
  now = new Date(),
): Promise<MutationResult<MonitorView>> {
  const patch = updateMonitorInput.safeParse(rawInput);
  if (!patch.success) return validationFailed(patch.error);
  const prisma = await getPrisma();
  // Sealed before the transaction: the instance key is read on the client, and the embedded store has one connection.
  const sent = patch.data.connectionString;
  const sealedNew = sent && sent !== KEPT_CONNECTION_STRING ? await sealSecret(prisma, sent) : null;

  return prisma.$transaction(async (tx): Promise<MutationResult<MonitorView>> => {
    const before = await tx.monitor.findUnique({ where: { id: monitorId }, include: { assignments: { select: { locationId: true } } } });
    if (!before) return notFound("No such monitor");
    if (patch.data.kind !== undefined && patch.data.kind !== before.kind) {
      return fieldInvalid("kind", "kind can't be changed; create a new monitor of the other kind");
    }
    const sent = Object.fromEntries(Object.entries(rawInput as object).filter(([key]) => key in patch.data));
    const merged = createMonitorInput.safeParse({ ...configOf(before), ...sent });
    if (!merged.success) return validationFailed(merged.error);
    if (
      merged.data.componentId !== before.componentId &&
      !(await tx.component.findUnique({ where: { id: merged.data.componentId }, select: { id: true } }))
    ) {
      return fieldInvalid("componentId", "componentId names no component");
    }
    const outside = await refuseOutsidePages(
      { db: tx, actor },
      { kind: "component", componentIds: [...new Set([before.componentId, merged.data.componentId])] },
      { of: (id) => (id === merged.data.componentId ? "componentId" : undefined) },
    );
    if (outside) return outside;
    const { kind: _kind, connectionString, locationIds, ...config } = merged.data;
    const unknownLocation = await findUnknownLocation(tx, locationIds);
    if (unknownLocation) return fieldInvalid("locationIds", `locationIds: ${unknownLocation} names no probe location`);
    const connectionSealed = connectionString === KEPT_CONNECTION_STRING ? before.connectionSealed : connectionString ? sealedNew : null;
    const nextCheckAt = nextCheckAfterChange(now, merged.data);
    await tx.monitor.update({ where: { id: monitorId }, data: { ...config, connectionSealed, nextCheckAt } });
    await placeMonitor(tx, monitorId, config.placement, locationIds, nextCheckAt);
    const after = await tx.monitor.findUniqueOrThrow({
      where: { id: monitorId },
      include: { assignments: { select: { locationId: true } } },
    });
    const view = toMonitorView(after);
    await recordAudit(tx, {
      actor,
      action: "monitor.update",
      entityType: "monitor",
      entityId: monitorId,
      before: toMonitorView(before),
      after: view,
    });
    return succeeded(view);
  });
}
