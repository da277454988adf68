import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import type { EditorScope, PageReach } from "./rule";

// The admin lists' filters as Prisma conditions, saying in SQL what rule.ts says for one row: what shows on some
// pages (a page filter, or a limited editor's pages). Combined with AND, so a limited editor filtering by a page
// sees what is on both.

/** What a list reaches: each entry narrows it (a `?statusPage=` filter, a limited editor's pages). */
export function reachesOf(scope: EditorScope, pageFilter: PageReach | null): PageReach[] {
  return [...(scope.limited ? [scope] : []), ...(pageFilter ? [pageFilter] : [])];
}

const componentIn = (reach: PageReach) => (reach.allComponents ? {} : { componentId: { in: [...reach.componentIds] } });

function incidentOn(reach: PageReach): Prisma.IncidentWhereInput {
  const bare: Prisma.IncidentWhereInput[] = [{ id: { in: [...reach.pickedIncidentIds] } }];
  if (reach.includesDefaultPage) bare.push({ pages: { none: {} } });
  return { OR: [{ components: { some: componentIn(reach) } }, { components: { none: {} }, OR: bare }] };
}

function maintenanceOn(reach: PageReach): Prisma.ScheduledMaintenanceWhereInput {
  const on: Prisma.ScheduledMaintenanceWhereInput[] = [{ components: { some: componentIn(reach) } }];
  if (reach.includesDefaultPage) on.push({ components: { none: {} } });
  return { OR: on };
}

export const incidentsOn = (reaches: PageReach[]): Prisma.IncidentWhereInput => ({ AND: reaches.map(incidentOn) });
export const maintenancesOn = (reaches: PageReach[]): Prisma.ScheduledMaintenanceWhereInput => ({ AND: reaches.map(maintenanceOn) });
export const componentsOn = (reaches: PageReach[]): Prisma.ComponentWhereInput => ({
  AND: reaches.map((reach) => (reach.allComponents ? {} : { id: { in: [...reach.componentIds] } })),
});

/** Subscribers who subscribed from the page (null is the default page, which older rows name so). */
export function subscribersOf(pageId: string): Prisma.SubscriberWhereInput {
  return pageId === PAGE_SETTINGS_ID ? { OR: [{ pageId: null }, { pageId }] } : { pageId };
}
