import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { getPrisma } from "@/lib/db/boot";
import type { IncidentTemplate } from "@/lib/generated/prisma/client";

/** Deletes a template; incidents opened from it keep what was copied into them. */
export async function deleteIncidentTemplate(actor: Actor, templateId: string): Promise<MutationResult<IncidentTemplate>> {
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<IncidentTemplate>> => {
    const locked = await lockRowById(tx, "IncidentTemplate", templateId);
    if (!locked) return notFound("No such incident template");
    const before = await tx.incidentTemplate.findUniqueOrThrow({ where: { id: templateId } });

    await tx.incidentTemplate.delete({ where: { id: templateId } });
    await recordAudit(tx, {
      actor,
      action: "incident_template.delete",
      entityType: "incident_template",
      entityId: templateId,
      before,
      after: null,
    });
    return succeeded(before);
  });
}
