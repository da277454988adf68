import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { sortEntries } from "./ordering";

export interface AdminComponent {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  groupId: string | null;
  showcase: boolean;
}
export interface AdminGroup {
  id: string;
  name: string;
  description: string | null;
  components: AdminComponent[];
}
export type AdminLayoutEntry = { kind: "group"; group: AdminGroup } | { kind: "component"; component: AdminComponent };

/**
 * Every group and component, hidden ones too, in the order the public page shows them; `onPages` narrows to the
 * components of the pages filtered by or an editor is limited to (a group then shows when it holds one of them).
 */
export async function getComponentLayout(onPages?: Prisma.ComponentWhereInput): Promise<AdminLayoutEntry[]> {
  const prisma = await getPrisma();
  const [allGroups, components] = await Promise.all([
    prisma.componentGroup.findMany(),
    prisma.component.findMany(onPages ? { where: onPages } : undefined),
  ]);
  const groups = onPages ? allGroups.filter((g) => components.some((c) => c.groupId === g.id)) : allGroups;
  const toAdmin = (c: (typeof components)[number]): AdminComponent => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    status: c.status,
    groupId: c.groupId,
    showcase: c.showcase,
  });
  const topLevel = sortEntries([
    ...groups.map((g) => ({ kind: "group" as const, id: g.id, name: g.name, position: g.position })),
    ...components
      .filter((c) => c.groupId === null)
      .map((c) => ({ kind: "component" as const, id: c.id, name: c.name, position: c.position })),
  ]);
  return topLevel.map((entry): AdminLayoutEntry => {
    if (entry.kind === "component") return { kind: "component", component: toAdmin(components.find((c) => c.id === entry.id)!) };
    const group = groups.find((g) => g.id === entry.id)!;
    const members = components
      .filter((c) => c.groupId === group.id)
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    return { kind: "group", group: { id: group.id, name: group.name, description: group.description, components: members.map(toAdmin) } };
  });
}
