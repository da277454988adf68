import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";

/** What of a template the "Open an incident" form needs; the rest (its name, dates) stays on the server. */
export interface IncidentTemplateChoice {
  id: string;
  name: string;
  title: string;
  impact: IncidentImpact;
  status: IncidentStatus;
  body: string;
  componentIds: string[];
}

/**
 * The "Open an incident" form's field values for a template, keyed by field name as a failed submit's
 * typed values are: each templated component that still exists starts at major outage.
 */
export function incidentFormValuesFrom(template: IncidentTemplateChoice, existingComponentIds: readonly string[]): Record<string, string> {
  const existing = new Set(existingComponentIds);
  const values: Record<string, string> = {
    name: template.title,
    impact: template.impact,
    status: template.status,
    message: template.body,
  };
  for (const id of template.componentIds) if (existing.has(id)) values[`component:${id}`] = "major_outage";
  return values;
}
