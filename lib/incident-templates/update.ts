import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { lockRowById } from "@/lib/core/row-lock";
import { getPrisma } from "@/lib/db/boot";
import type { IncidentTemplate } from "@/lib/generated/prisma/client";
import { unknownComponent } from "./known-components";
import { isNameConflict, nameTaken } from "./name-taken";
import { updateIncidentTemplateInput } from "./schema";

/** Changes the fields it is sent of a template; incidents already opened from it are not touched. */
export async function updateIncidentTemplate(
  actor: Actor,
  templateId: string,
  rawInput: unknown,
): Promise<MutationResult<IncidentTemplate>> {
  const parsed = updateIncidentTemplateInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  try {
    return await prisma.$transaction(async (tx): Promise<MutationResult<IncidentTemplate>> => {
      const locked = await lockRowById(tx, "IncidentTemplate", templateId);
      if (!locked) return notFound("No such incident template");
      const before = await tx.incidentTemplate.findUniqueOrThrow({ where: { id: templateId } });

      if (input.name !== undefined && input.name !== before.name) {
        if (await tx.incidentTemplate.findUnique({ where: { name: input.name }, select: { id: true } })) return nameTaken();
      }
      const unknown = input.componentIds ? await unknownComponent(tx, input.componentIds) : null;
      if (unknown) return unknown;

      const after = await tx.incidentTemplate.update({
        where: { id: templateId },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.impact !== undefined ? { impact: input.impact } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.body !== undefined ? { body: input.body } : {}),
          ...(input.componentIds !== undefined ? { componentIds: input.componentIds } : {}),
        },
      });
      await recordAudit(tx, {
        actor,
        action: "incident_template.update",
        entityType: "incident_template",
        entityId: templateId,
        before,
        after,
      });
      return succeeded(after);
    });
  } catch (error) {
    if (isNameConflict(error)) return nameTaken();
    throw error;
  }
}
