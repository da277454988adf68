import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import type { Component, Prisma } from "@/lib/generated/prisma/client";
import { nameClash } from "./name-clash";
import { lockPageOrder, readList, writeOrder } from "./page-order";
import { createComponentInput } from "./schema";
import { firstFreeSlug, slugFromName } from "./slug";

/** Adds a component, operational from its start date, at the end of its group (or of the page). */
export async function createComponent(actor: Actor, rawInput: unknown): Promise<MutationResult<Component>> {
  const parsed = createComponentInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const groupId = input.groupId ?? null;
  const startDate = input.startDate ?? new Date();
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<Component>> => {
    await lockPageOrder(tx);
    const outside = await refuseOutsidePages({ db: tx, actor }, { kind: "layout" });
    if (outside) return outside;
    if (groupId !== null && !(await tx.componentGroup.findUnique({ where: { id: groupId }, select: { id: true } }))) {
      return fieldInvalid("groupId", "groupId names no component group");
    }
    const clash = await nameClash(tx, input.name, groupId);
    if (clash) return clash;
    const list = await writeOrder(tx, await readList(tx, groupId));
    const component = await tx.component.create({
      data: {
        slug: await uniqueSlug(tx, input.name),
        name: input.name,
        description: input.description ?? null,
        groupId,
        showcase: input.showcase,
        position: list.length,
        startDate,
      },
    });
    // Uptime is computed from the history, so it starts with the component's first status.
    await tx.componentStatusChange.create({
      data: { componentId: component.id, status: component.status, changedAt: startDate, cause: "created" },
    });

    await recordAudit(tx, {
      actor,
      action: "component.create",
      entityType: "component",
      entityId: component.id,
      before: null,
      after: component,
    });
    return succeeded(component);
  });
}

// Called under the page-order lock, so two creates of the same name can't pick the same slug.
async function uniqueSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugFromName(name);
  const taken = await tx.component.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((c) => c.slug)));
}
