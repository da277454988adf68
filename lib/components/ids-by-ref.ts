import "server-only";
import { getPrisma } from "@/lib/db/boot";

/** Each of `refs` that is a component's id or slug, mapped to that component's id; unknown refs are left out. */
export async function componentIdsByRef(refs: string[]): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const prisma = await getPrisma();
  const found = await prisma.component.findMany({
    where: { OR: [{ id: { in: refs } }, { slug: { in: refs } }] },
    select: { id: true, slug: true },
  });
  const ids = new Map<string, string>();
  // An id wins over a slug that happens to spell another component's id.
  for (const c of found) if (refs.includes(c.slug)) ids.set(c.slug, c.id);
  for (const c of found) if (refs.includes(c.id)) ids.set(c.id, c.id);
  return ids;
}
