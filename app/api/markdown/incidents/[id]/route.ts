import { getIncident } from "@/lib/incidents/queries";
import { renderIncidentMarkdown } from "@/lib/markdown-views/incident-markdown";
import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { getPageSettings } from "@/lib/page/queries";

// /incidents/<id>.md (rewritten here by next.config.ts): one incident as markdown for agents and CLIs.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const [incident, page] = await Promise.all([getIncident(id), getPageSettings()]);
    if (!incident) return markdownResponse(`# Incident not found\n\nNo incident has the id ${id.replace(/[^\w-]/g, "")}.\n`, 404);
    return markdownResponse(renderIncidentMarkdown(incident, page));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
