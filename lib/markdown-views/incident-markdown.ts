import { COMPONENT_STATUS_LABEL, IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { IncidentDetailView } from "@/lib/incidents/queries";
import { baseUrlOf, inline, utc } from "./markdown-text";

// /incidents/<id>.md: one incident's facts and timeline for agents and CLIs. Update bodies are the admins' markdown.

export function renderIncidentMarkdown(incident: IncidentDetailView, page: { name: string; url: string }): string {
  const base = baseUrlOf(page.url);
  const facts = [
    `**Status:** ${INCIDENT_STATUS_LABEL[incident.status]}`,
    `**Impact:** ${IMPACT_LABEL[incident.impact]}`,
    `**Started:** ${utc(incident.startedAt)}`,
    incident.resolvedAt ? `**Resolved:** ${utc(incident.resolvedAt)}` : null,
    incident.affectedComponents.length ? `**Components:** ${incident.affectedComponents.map((n) => inline(n, 60)).join(", ")}` : null,
  ].filter(Boolean);
  const lines = [`# ${inline(incident.name, 160)}`, "", facts.join(" · "), "", "## Updates"];
  for (const update of incident.updates) {
    lines.push("", `### ${INCIDENT_STATUS_LABEL[update.status]}, ${utc(update.displayAt)}`, "", update.body.trim());
    const changes = update.componentChanges.map(
      (c) => `${inline(c.componentName, 60)}: ${COMPONENT_STATUS_LABEL[c.oldStatus]} → ${COMPONENT_STATUS_LABEL[c.newStatus]}`,
    );
    if (changes.length) lines.push("", `Components: ${changes.join("; ")}`);
  }
  if (incident.postmortemBody) lines.push("", "## Postmortem", "", incident.postmortemBody.trim());
  lines.push("", `From [${inline(page.name, 100)}](${base}/index.md) · [this incident as a page](${base}/incidents/${incident.id})`, "");
  return lines.join("\n");
}
