import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { lockPageOrder, readList, writeOrder } from "@/lib/components/page-order";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { ComponentGroup } from "@/lib/generated/prisma/client";
import { createComponentGroupInput } from "./schema";

/** Adds an empty component group at the end of the page; the public page shows it once it has a component. */
export async function createComponentGroup(actor: Actor, rawInput: unknown): Promise<MutationResult<ComponentGroup>> {
  const parsed = createComponentGroupInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<ComponentGroup>> => {
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    await lockPageOrder(tx);
    const topLevel = await writeOrder(tx, await readList(tx, null));
    const group = await tx.componentGroup.create({
      data: { name: input.name, description: input.description ?? null, position: topLevel.length },
    });

    await recordAudit(tx, {
      actor,
      action: "component_group.create",
      entityType: "component_group",
      entityId: group.id,
      before: null,
      after: group,
    });
    return succeeded(group);
  });
}
