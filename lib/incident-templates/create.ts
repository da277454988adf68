import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { IncidentTemplate } from "@/lib/generated/prisma/client";
import { unknownComponent } from "./known-components";
import { isNameConflict, nameTaken } from "./name-taken";
import { createIncidentTemplateInput } from "./schema";

/** Saves a template an admin can open an incident from. */
export async function createIncidentTemplate(actor: Actor, rawInput: unknown): Promise<MutationResult<IncidentTemplate>> {
  const parsed = createIncidentTemplateInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();

  try {
    return await prisma.$transaction(async (tx): Promise<MutationResult<IncidentTemplate>> => {
      if (await tx.incidentTemplate.findUnique({ where: { name: input.name }, select: { id: true } })) return nameTaken();
      const unknown = await unknownComponent(tx, input.componentIds);
      if (unknown) return unknown;

      const template = await tx.incidentTemplate.create({ data: input });
      await recordAudit(tx, {
        actor,
        action: "incident_template.create",
        entityType: "incident_template",
        entityId: template.id,
        before: null,
        after: template,
      });
      return succeeded(template);
    });
  } catch (error) {
    if (isNameConflict(error)) return nameTaken();
    throw error;
  }
}
