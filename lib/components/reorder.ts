import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { moveEntry } from "./ordering";
import { lockPageOrder, orderForAudit, readList, writeOrder } from "./page-order";
import { moveInput } from "./schema";

/**
 * Moves a component one place up or down within its group, or among the groups and ungrouped components
 * at the top of the page. Moving past either end changes nothing and records nothing.
 */
export async function moveComponent(actor: Actor, componentId: string, rawInput: unknown): Promise<MutationResult<Component>> {
  const parsed = moveInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<Component>> => {
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    await lockPageOrder(tx);
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) return notFound("No such component");

    const list = await readList(tx, before.groupId);
    const decision = moveEntry(list, componentId, parsed.data.direction);
    if (decision.kind !== "moved") return succeeded(before);
    const order = await writeOrder(tx, decision.order);
    const after = await tx.component.findUniqueOrThrow({ where: { id: componentId } });

    await recordAudit(tx, {
      actor,
      action: "component.reorder",
      entityType: "component",
      entityId: componentId,
      before: { ...before, order: orderForAudit(list) },
      after: { ...after, order: orderForAudit(order) },
    });
    return succeeded(after);
  });
}
