import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";

export interface IncidentTemplateView {
  id: string;
  name: string;
  title: string;
  impact: IncidentImpact;
  status: IncidentStatus;
  body: string;
  /** As saved: an id whose component was deleted since is kept, and forms skip it. */
  componentIds: string[];
  updatedAt: Date;
}

const VIEW = { id: true, name: true, title: true, impact: true, status: true, body: true, componentIds: true, updatedAt: true } as const;

/** Every incident template, by name. */
export async function listIncidentTemplates(): Promise<IncidentTemplateView[]> {
  const prisma = await getPrisma();
  return prisma.incidentTemplate.findMany({ select: VIEW, orderBy: { name: "asc" } });
}
