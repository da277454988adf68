import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { lockPageOrder, readList, writeOrder } from "@/lib/components/page-order";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ComponentGroup } from "@/lib/generated/prisma/client";

/**
 * Deletes a component group and keeps its components: they become ungrouped, in their order, where the
 * group stood on the page.
 */
export async function deleteComponentGroup(actor: Actor, groupId: string): Promise<MutationResult<ComponentGroup>> {
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<ComponentGroup>> => {
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    await lockPageOrder(tx);
    const before = await tx.componentGroup.findUnique({ where: { id: groupId } });
    if (!before) return notFound("No such component group");

    const members = await readList(tx, groupId);
    const topLevel = await readList(tx, null);
    const slot = topLevel.findIndex((entry) => entry.id === groupId);
    const order = [...topLevel.slice(0, slot), ...members, ...topLevel.slice(slot + 1)];

    await tx.component.updateMany({ where: { groupId }, data: { groupId: null } });
    await tx.componentGroup.delete({ where: { id: groupId } });
    await writeOrder(tx, order);

    await recordAudit(tx, {
      actor,
      action: "component_group.delete",
      entityType: "component_group",
      entityId: groupId,
      before: { ...before, components: members.map((member) => member.name) },
      after: null,
    });
    return succeeded(before);
  });
}
