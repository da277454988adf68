import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { densePositions, type OrderedEntry, sortEntries } from "./ordering";

type Tx = Prisma.TransactionClient;

// Held by every write that changes the page's order, so two admins reordering at once take turns.
const PAGE_ORDER_LOCK_KEY = 7373002;

export async function lockPageOrder(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${PAGE_ORDER_LOCK_KEY})`);
}

/** A group's components, or (groupId null) the top level: the groups and the ungrouped components. */
export async function readList(tx: Tx, groupId: string | null): Promise<OrderedEntry[]> {
  const select = { id: true, name: true, position: true } as const;
  const groups = groupId === null ? await tx.componentGroup.findMany({ select }) : [];
  const components = await tx.component.findMany({ where: { groupId }, select });
  return sortEntries([
    ...groups.map((g) => ({ kind: "group" as const, ...g })),
    ...components.map((c) => ({ kind: "component" as const, ...c })),
  ]);
}

/** Saves the list's order as positions 0…n-1, touching only the rows whose position changes. */
export async function writeOrder(tx: Tx, order: readonly OrderedEntry[]): Promise<OrderedEntry[]> {
  const dense = densePositions(order);
  for (const [index, entry] of dense.entries()) {
    if (order[index].position === entry.position) continue;
    const data = { position: entry.position };
    if (entry.kind === "group") await tx.componentGroup.update({ where: { id: entry.id }, data });
    else await tx.component.update({ where: { id: entry.id }, data });
  }
  return dense;
}

/** Names in list order, for the audit log: enough to see what moved where. */
export function orderForAudit(order: readonly OrderedEntry[]): string[] {
  return order.map((entry) => `${entry.kind}:${entry.name}`);
}
