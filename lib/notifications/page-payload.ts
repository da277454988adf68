import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pageShowsComponent } from "@/lib/page-selection/event-pages";
import type { NotificationPayload } from "./payload";

/**
 * The event as a page's subscriber reads it: only the components that page shows (an incident on a shared and an
 * internal component must not name the internal one to the customers' page). The default page, and a page showing
 * everything, get the event as stored.
 */
export async function payloadForPage(
  prisma: PrismaClient,
  payload: NotificationPayload,
  pageId: string | null,
): Promise<NotificationPayload> {
  if (!pageId || payload.components.length === 0) return payload;
  const page = await prisma.pageSettings.findUnique({
    where: { id: pageId },
    select: { showAllComponents: true, components: { select: { componentId: true } }, componentGroups: { select: { groupId: true } } },
  });
  if (!page || page.showAllComponents) return payload;
  const selection = {
    showAllComponents: false,
    componentIds: page.components.map((c) => c.componentId),
    groupIds: page.componentGroups.map((g) => g.groupId),
  };
  const groups = await prisma.component.findMany({
    where: { id: { in: payload.components.map((c) => c.id) } },
    select: { id: true, groupId: true },
  });
  const shown = new Set(groups.filter((c) => pageShowsComponent(selection, c)).map((c) => c.id));
  const components = payload.components.filter((c) => shown.has(c.id));
  // A status change always names a shown component (the page's subscribers get only those); never leave it nameless.
  if (components.length === 0 && payload.event === "component.status_changed") return payload;
  return { ...payload, components } as NotificationPayload;
}
