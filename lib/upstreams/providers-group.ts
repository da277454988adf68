import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { createComponentGroup } from "@/lib/component-groups/create";
import { getPrisma } from "@/lib/db/boot";

/** Where mirrored components go unless the admin places them elsewhere. */
export const PROVIDERS_GROUP_NAME = "Providers";

/** The "Providers" group's id, created (audited) the first time a mirror needs it. */
export async function providersGroupId(actor: Actor): Promise<string> {
  const prisma = await getPrisma();
  const existing = await prisma.componentGroup.findFirst({ where: { name: PROVIDERS_GROUP_NAME }, orderBy: { createdAt: "asc" } });
  if (existing) return existing.id;
  const created = await createComponentGroup(actor, { name: PROVIDERS_GROUP_NAME, description: "Third-party services we depend on" });
  if (!created.ok) throw new Error(`creating the ${PROVIDERS_GROUP_NAME} group failed: ${created.error.message}`);
  return created.data.id;
}
