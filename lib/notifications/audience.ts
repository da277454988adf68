import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Confirmed subscribers an event about these components (and their groups) concerns: those without a scope get
 * everything; a scoped one only events touching a chosen component or a component of a chosen group.
 */
export function audienceWhere(componentIds: string[], groupIds: string[]): Prisma.SubscriberWhereInput {
  const scopes: Prisma.SubscriberWhereInput[] = [{ componentIds: { isEmpty: true }, groupIds: { isEmpty: true } }];
  if (componentIds.length > 0) scopes.push({ componentIds: { hasSome: componentIds } });
  if (groupIds.length > 0) scopes.push({ groupIds: { hasSome: groupIds } });
  return { confirmedAt: { not: null }, OR: scopes };
}
