import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { moveEntry } from "@/lib/components/ordering";
import { lockPageOrder, orderForAudit, readList, writeOrder } from "@/lib/components/page-order";
import { moveInput } from "@/lib/components/schema";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ComponentGroup } from "@/lib/generated/prisma/client";

/**
 * Moves a component group one place up or down among the groups and ungrouped components at the top of
 * the page. Moving past either end changes nothing and records nothing.
 */
export async function moveComponentGroup(actor: Actor, groupId: string, rawInput: unknown): Promise<MutationResult<ComponentGroup>> {
  const parsed = moveInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<ComponentGroup>> => {
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    await lockPageOrder(tx);
    const before = await tx.componentGroup.findUnique({ where: { id: groupId } });
    if (!before) return notFound("No such component group");

    const topLevel = await readList(tx, null);
    const decision = moveEntry(topLevel, groupId, parsed.data.direction);
    if (decision.kind !== "moved") return succeeded(before);
    const order = await writeOrder(tx, decision.order);
    const after = await tx.componentGroup.findUniqueOrThrow({ where: { id: groupId } });

    await recordAudit(tx, {
      actor,
      action: "component_group.reorder",
      entityType: "component_group",
      entityId: groupId,
      before: { ...before, order: orderForAudit(topLevel) },
      after: { ...after, order: orderForAudit(order) },
    });
    return succeeded(after);
  });
}
