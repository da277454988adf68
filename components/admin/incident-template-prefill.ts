import type { IncidentTemplateView } from "@/lib/incident-templates/queries";

/** What of a template the "Open an incident" form needs; its dates stay on the server. */
export type IncidentTemplateChoice = Omit<IncidentTemplateView, "updatedAt">;

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
