import { COMPONENT_STATUS_LABEL, IMPACT_LABEL, INCIDENT_STATUS_LABEL, MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { ComponentView, IncidentSummaryView, MaintenanceView, StatusPageView } from "@/lib/status/queries";
import { baseUrlOf, inline, utc } from "./markdown-text";

// /index.md: the status page in a few hundred tokens for agents and CLIs, from the view the HTML page renders.

const RECENT_INCIDENTS = 5;

export function renderStatusMarkdown(view: StatusPageView): string {
  const base = baseUrlOf(view.page.url);
  const lines = [`# ${inline(view.page.name, 100)}`, "", `> ${view.overall.description} · as of ${utc(view.generatedAt)}`];
  if (view.page.description) lines.push("", inline(view.page.description, 300));

  if (view.activeIncidents.length > 0) {
    lines.push("", "## Active incidents");
    for (const incident of view.activeIncidents) lines.push(incidentLine(base, incident, true));
  }
  if (view.activeMaintenances.length > 0) {
    lines.push("", "## Maintenance in progress");
    for (const m of view.activeMaintenances) lines.push(maintenanceLine(m));
  }
  lines.push("", "## Components");
  for (const section of view.sections) {
    if (section.kind === "component") {
      lines.push(componentLine(section.component, ""));
      continue;
    }
    lines.push(`- **${inline(section.name, 100)}**: ${COMPONENT_STATUS_LABEL[section.status]}`);
    for (const component of section.components) lines.push(componentLine(component, "  "));
  }
  if (view.upcomingMaintenances.length > 0) {
    lines.push("", "## Scheduled maintenance");
    for (const m of view.upcomingMaintenances) lines.push(maintenanceLine(m));
  }
  const recent = view.pastDays.flatMap((day) => day.incidents).slice(0, RECENT_INCIDENTS);
  if (recent.length > 0) {
    lines.push("", "## Recent incidents");
    for (const incident of recent) lines.push(incidentLine(base, incident, false));
  }
  lines.push(
    "",
    `More: [incident history](${base}/history) · [JSON API](${base}/api/v2/summary.json) · [Atom feed](${base}/history.atom) · [llms.txt](${base}/llms.txt)`,
    "",
  );
  return lines.join("\n");
}

function componentLine(component: ComponentView, indent: string): string {
  const uptime = component.uptimePercent === null ? "" : ` · ${component.uptimePercent.toFixed(2)} % uptime (90 days)`;
  return `${indent}- ${inline(component.name, 100)}: ${COMPONENT_STATUS_LABEL[component.status]}${uptime}`;
}

function incidentLine(base: string, incident: IncidentSummaryView, withLatest: boolean): string {
  const head = `- [${inline(incident.name, 120)}](${base}/incidents/${incident.id}.md): ${INCIDENT_STATUS_LABEL[incident.status]}, ${IMPACT_LABEL[incident.impact].toLowerCase()} impact, since ${utc(incident.startedAt)}`;
  if (!withLatest || !incident.latestUpdate) return head;
  return `${head}\n  - Latest (${utc(incident.latestUpdate.displayAt)}): ${inline(incident.latestUpdate.body)}`;
}

function maintenanceLine(m: MaintenanceView): string {
  const components = m.componentNames.length ? `; affects ${m.componentNames.map((n) => inline(n, 60)).join(", ")}` : "";
  return `- ${inline(m.name, 120)}: ${MAINTENANCE_STATUS_LABEL[m.status]}, ${utc(m.scheduledFor)} to ${utc(m.scheduledUntil)}${components}`;
}
