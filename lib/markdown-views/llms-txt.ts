import type { StatusPageView } from "@/lib/status/queries";
import { baseUrlOf, inline, utc } from "./markdown-text";

// /llms.txt (llmstxt.org): what this site is and where an agent finds the status in few tokens.

export function renderLlmsTxt(view: StatusPageView): string {
  const base = baseUrlOf(view.page.url);
  const lines = [
    `# ${inline(view.page.name, 100)}`,
    "",
    `> Public status page. Current status: ${view.overall.description} (as of ${utc(view.generatedAt)}).`,
  ];
  if (view.page.description) lines.push("", inline(view.page.description, 300));
  lines.push(
    "",
    "## Status",
    `- [Current status in markdown](${base}/index.md): overall status, components, active incidents and maintenance`,
    `- [Statuspage v2 summary](${base}/api/v2/summary.json): the same as JSON`,
    `- [Unresolved incidents](${base}/api/v2/incidents/unresolved.json)`,
  );
  const incidents = [...view.activeIncidents, ...view.pastDays.flatMap((day) => day.incidents)].slice(0, 5);
  if (incidents.length > 0) {
    lines.push("", "## Incidents");
    for (const incident of incidents) lines.push(`- [${inline(incident.name, 120)}](${base}/incidents/${incident.id}.md)`);
  }
  lines.push(
    "",
    "## Optional",
    `- [Incident history](${base}/history)`,
    `- [Atom feed](${base}/history.atom)`,
    `- [Maintenance calendar](${base}/maintenance.ics)`,
    "",
  );
  return lines.join("\n");
}
