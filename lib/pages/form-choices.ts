import "server-only";
import { type ComponentChoice, listComponentChoices } from "@/lib/components/queries";
import { getPrisma } from "@/lib/db/boot";
import { supportedTimeZones } from "@/lib/page/schema";
import { listPages } from "./queries";

export interface PageFormChoices {
  components: ComponentChoice[];
  groups: { id: string; name: string }[];
  /** Incidents that name no component: each shows on the pages picked for it. */
  incidents: { id: string; name: string }[];
  timeZones: string[];
}

/** What a page form offers to pick: components, groups, and the incidents that name no component (newest first). */
export async function pageFormChoices(): Promise<PageFormChoices> {
  const prisma = await getPrisma();
  const [components, groups, incidents] = await Promise.all([
    listComponentChoices(),
    prisma.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.incident.findMany({
      where: { components: { none: {} } },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: { id: true, name: true },
    }),
  ]);
  return { components, groups, incidents, timeZones: supportedTimeZones() };
}

/** The pages an admin list can be filtered by, the default page first. */
export async function listPageChoices(): Promise<{ slug: string; name: string }[]> {
  return (await listPages()).map((page) => ({ slug: page.slug, name: page.name }));
}
