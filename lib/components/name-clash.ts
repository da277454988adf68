import "server-only";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Two components with one name in one group show as two identical rows on the public page and the subscribe form,
 * so a name (compared case-insensitively) is refused when another component of the same group already carries it.
 * Called under the page-order lock, so two concurrent creates cannot both pass.
 */
export async function nameClash(
  tx: Prisma.TransactionClient,
  name: string,
  groupId: string | null,
  exceptComponentId?: string,
): Promise<MutationFailure | null> {
  const twin = await tx.component.findFirst({
    where: {
      groupId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptComponentId ? { id: { not: exceptComponentId } } : {}),
    },
    select: { id: true },
  });
  if (!twin) return null;
  const where = groupId === null ? "outside any group" : "in this group";
  return fieldInvalid("name", `A component named "${name}" already exists ${where}`);
}
