import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { nameClash } from "./name-clash";
import { lockPageOrder, readList, writeOrder } from "./page-order";
import { updateComponentInput } from "./schema";

/**
 * Renames, describes, regroups or hides (showcase false) a component. A component moved to another group
 * goes to the end of it, and the list it left closes the gap. The slug stays as it was.
 */
export async function updateComponent(actor: Actor, componentId: string, rawInput: unknown): Promise<MutationResult<Component>> {
  const parsed = updateComponentInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<Component>> => {
    await lockPageOrder(tx);
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) return notFound("No such component");
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [componentId] });
    if (outside) return outside;

    const newGroupId = input.groupId === undefined ? before.groupId : input.groupId;
    const moved = newGroupId !== before.groupId;
    if (moved && newGroupId !== null && !(await tx.componentGroup.findUnique({ where: { id: newGroupId }, select: { id: true } }))) {
      return fieldInvalid("groupId", "groupId names no component group");
    }
    // Checked only when the name or group changes, so older duplicates can still be hidden or described.
    if (input.name !== undefined || moved) {
      const clash = await nameClash(tx, input.name ?? before.name, newGroupId, componentId);
      if (clash) return clash;
    }

    let position = before.position;
    if (moved) {
      const left = (await readList(tx, before.groupId)).filter((entry) => entry.id !== componentId);
      await writeOrder(tx, left);
      position = (await writeOrder(tx, await readList(tx, newGroupId))).length;
    }

    const after = await tx.component.update({
      where: { id: componentId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.showcase !== undefined ? { showcase: input.showcase } : {}),
        groupId: newGroupId,
        position,
      },
    });

    await recordAudit(tx, { actor, action: "component.update", entityType: "component", entityId: componentId, before, after });
    return succeeded(after);
  });
}
