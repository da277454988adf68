import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import type { PageSelection } from "./event-pages";

/** Every page's selection (event-pages.ts), the default page's too before its row exists (it then shows everything). */
export async function readPageSelections(tx: Prisma.TransactionClient): Promise<PageSelection[]> {
  const rows = await tx.pageSettings.findMany({
    select: {
      id: true,
      showAllComponents: true,
      components: { select: { componentId: true } },
      componentGroups: { select: { groupId: true } },
      incidents: { select: { incidentId: true } },
    },
  });
  const pages = rows.map((row) => ({
    id: row.id,
    showAllComponents: row.showAllComponents,
    componentIds: row.components.map((c) => c.componentId),
    groupIds: row.componentGroups.map((g) => g.groupId),
    incidentIds: row.incidents.map((i) => i.incidentId),
  }));
  if (pages.some((page) => page.id === PAGE_SETTINGS_ID)) return pages;
  return [{ id: PAGE_SETTINGS_ID, showAllComponents: true, componentIds: [], groupIds: [], incidentIds: [] }, ...pages];
}
