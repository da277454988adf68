import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ComponentGroup } from "@/lib/generated/prisma/client";
import { renameComponentGroupInput } from "./schema";

/** Sets a component group's name and, when sent, its description. */
export async function renameComponentGroup(actor: Actor, groupId: string, rawInput: unknown): Promise<MutationResult<ComponentGroup>> {
  const parsed = renameComponentGroupInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<ComponentGroup>> => {
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    const locked = await lockRowById(tx, "ComponentGroup", groupId);
    if (!locked) return notFound("No such component group");
    const before = await tx.componentGroup.findUniqueOrThrow({ where: { id: groupId } });
    const after = await tx.componentGroup.update({
      where: { id: groupId },
      data: { name: input.name, ...(input.description !== undefined ? { description: input.description } : {}) },
    });

    await recordAudit(tx, {
      actor,
      action: "component_group.rename",
      entityType: "component_group",
      entityId: groupId,
      before,
      after,
    });
    return succeeded(after);
  });
}
