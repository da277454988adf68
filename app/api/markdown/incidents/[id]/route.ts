import { incidentFromModel } from "@/lib/incidents/public-views";
import { renderIncidentMarkdown } from "@/lib/markdown-views/incident-markdown";
import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { readPageModel } from "@/lib/pages/request-page";

// /incidents/<id>.md (rewritten here by next.config.mjs): one incident as markdown for agents and CLIs.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const model = await readPageModel();
    const incident = incidentFromModel(model, id);
    if (!incident) return markdownResponse(`# Incident not found\n\nNo incident has the id ${id.replace(/[^\w-]/g, "")}.\n`, 404);
    return markdownResponse(renderIncidentMarkdown(incident, model.page));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
