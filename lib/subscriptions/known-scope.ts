import "server-only";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScopeInput } from "./schema";

/** Fails on the first component or group id that names nothing, naming the field. */
export async function checkKnownScope(tx: Prisma.TransactionClient, scope: ScopeInput): Promise<MutationFailure | null> {
  const [components, groups] = await Promise.all([
    tx.component.findMany({ where: { id: { in: scope.componentIds } }, select: { id: true } }),
    tx.componentGroup.findMany({ where: { id: { in: scope.groupIds } }, select: { id: true } }),
  ]);
  const knownComponents = new Set(components.map((c) => c.id));
  const knownGroups = new Set(groups.map((g) => g.id));
  const c = scope.componentIds.findIndex((id) => !knownComponents.has(id));
  if (c >= 0) return fieldInvalid(`componentIds.${c}`, "componentIds names no component");
  const g = scope.groupIds.findIndex((id) => !knownGroups.has(id));
  if (g >= 0) return fieldInvalid(`groupIds.${g}`, "groupIds names no component group");
  return null;
}
