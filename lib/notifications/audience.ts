import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";

/**
 * Confirmed subscribers an event about these components (and their groups) concerns: page-wide ones without a scope
 * get everything; a scoped one only events touching a chosen component or a component of a chosen group. Those
 * subscribed to one incident get only `followingIncidentId`'s events (set while that incident still has followers).
 * With `pageIds` (the pages showing the event), page-wide subscribers only of those pages (no page: the default one).
 */
export function audienceWhere(
  componentIds: string[],
  groupIds: string[],
  followingIncidentId?: string,
  pageIds?: readonly string[],
): Prisma.SubscriberWhereInput {
  const scopes: Prisma.SubscriberWhereInput[] = [{ componentIds: { isEmpty: true }, groupIds: { isEmpty: true } }];
  if (componentIds.length > 0) scopes.push({ componentIds: { hasSome: componentIds } });
  if (groupIds.length > 0) scopes.push({ groupIds: { hasSome: groupIds } });
  const pageWide: Prisma.SubscriberWhereInput = { incidentId: null, OR: scopes, ...(pageIds ? { AND: [pageWhere(pageIds)] } : {}) };
  const audiences = followingIncidentId ? [pageWide, { incidentId: followingIncidentId }] : [pageWide];
  return { confirmedAt: { not: null }, OR: audiences };
}

function pageWhere(pageIds: readonly string[]): Prisma.SubscriberWhereInput {
  const onPages: Prisma.SubscriberWhereInput = { pageId: { in: [...pageIds] } };
  return pageIds.includes(PAGE_SETTINGS_ID) ? { OR: [{ pageId: null }, onPages] } : onPages;
}
