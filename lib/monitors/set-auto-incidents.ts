import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { setAutoIncidentsInput } from "./component-settings";

/** Lets a component's monitors open and resolve incidents on their own, or only set its status. */
export async function setAutoIncidents(actor: Actor, componentId: string, rawInput: unknown): Promise<MutationResult<Component>> {
  const parsed = setAutoIncidentsInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<MutationResult<Component>> => {
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) return notFound("No such component");
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [componentId] });
    if (outside) return outside;
    const after = await tx.component.update({ where: { id: componentId }, data: { autoIncidents: parsed.data.autoIncidents } });
    await recordAudit(tx, { actor, action: "component.auto_incidents", entityType: "component", entityId: componentId, before, after });
    return succeeded(after);
  });
}
