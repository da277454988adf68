import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";

export interface ComponentChoice {
  id: string;
  name: string;
  groupName: string | null;
  status: ComponentStatus;
}

/** Every component (or those `where` picks), in page order, for admin forms that change statuses. */
export async function listComponentChoices(where?: Prisma.ComponentWhereInput): Promise<ComponentChoice[]> {
  const prisma = await getPrisma();
  const components = await prisma.component.findMany({
    ...(where ? { where } : {}),
    include: { group: { select: { name: true, position: true } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return components
    .sort((a, b) => (a.group?.position ?? a.position) - (b.group?.position ?? b.position) || a.position - b.position)
    .map((c) => ({ id: c.id, name: c.name, groupName: c.group?.name ?? null, status: c.status }));
}
