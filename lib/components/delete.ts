import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { invalidTransition, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component } from "@/lib/generated/prisma/client";
import { lockPageOrder, readList, writeOrder } from "./page-order";

/**
 * Deletes a component and its status history. Refused while an unresolved incident affects it, so an open
 * incident never loses a component its readers are following.
 */
export async function deleteComponent(actor: Actor, componentId: string): Promise<MutationResult<Component>> {
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<Component>> => {
    await lockPageOrder(tx);
    // The row lock makes an incident being opened on this component either finish first or find it gone.
    const locked = await lockRowById(tx, "Component", componentId);
    if (!locked) return notFound("No such component");
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "component", componentIds: [componentId] });
    if (outside) return outside;
    const before = await tx.component.findUniqueOrThrow({ where: { id: componentId } });

    const open = await tx.incidentComponent.findMany({
      // An incident has no resolvedAt until it is resolved (both derived together from its updates); read from the
      // row, so components need not import the incidents domain that writes through them.
      where: { componentId, incident: { resolvedAt: null } },
      select: { incident: { select: { name: true } } },
      orderBy: { incident: { startedAt: "asc" } },
    });
    if (open.length > 0)
      return invalidTransition(
        refusal(
          before.name,
          open.map((link) => link.incident.name),
        ),
      );

    await tx.component.delete({ where: { id: componentId } });
    await writeOrder(tx, await readList(tx, before.groupId));

    await recordAudit(tx, { actor, action: "component.delete", entityType: "component", entityId: componentId, before, after: null });
    return succeeded(before);
  });
}

function refusal(componentName: string, incidentNames: string[]): string {
  const quoted = incidentNames.map((name) => `“${name}”`).join(", ");
  const incidents = incidentNames.length === 1 ? "open incident" : "open incidents";
  return `${componentName} can't be deleted while it is affected by the ${incidents} ${quoted}; resolve ${incidentNames.length === 1 ? "it" : "them"} first`;
}
