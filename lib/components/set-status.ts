import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { lockComponentByRef } from "./lock-by-ref";
import { setComponentStatusInput } from "./schema";
import { writeComponentStatus } from "./write-status";

export interface ComponentStatusSet {
  component: Component;
  /** False when the component already had that status: nothing was written. */
  changed: boolean;
}

/**
 * Sets a component's status by hand (a person or a health script), outside any incident: the status, its
 * history entry (cause "manual") and the audit row commit together. `componentRef` is the id or the slug.
 */
export async function setComponentStatus(
  actor: Actor,
  componentRef: string,
  rawInput: unknown,
): Promise<MutationResult<ComponentStatusSet>> {
  const parsed = setComponentStatusInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { status, reason } = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(
    async (tx): Promise<MutationResult<ComponentStatusSet>> => {
      // Locked so two scripts setting the same component record true before/after statuses.
      const componentId = await lockComponentByRef(tx, componentRef);
      if (componentId === null) return notFound("No component has that id or slug");
      const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [componentId] });
      if (outside) return outside;
      const before = await tx.component.findUniqueOrThrow({ where: { id: componentId } });
      if (before.status === status) return succeeded({ component: before, changed: false });

      // A status set by hand wins over monitors until an admin clears it (clear-manual-status.ts).
      const component = await writeComponentStatus(
        tx,
        { componentId: before.id, oldStatus: before.status, newStatus: status },
        { cause: "manual", changedAt: new Date(), manualStatus: true },
      );
      await recordAudit(tx, {
        actor,
        action: "component.status.set",
        entityType: "component",
        entityId: before.id,
        before,
        after: { ...component, reason: reason || null },
      });
      return succeeded({ component, changed: true });
    },
    { timeout: 15_000 },
  );
}
