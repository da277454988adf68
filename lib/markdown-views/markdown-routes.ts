import "server-only";
import { incidentFromModel } from "@/lib/incidents/public-views";
import type { PublicModel } from "@/lib/public-model/model";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { renderIncidentMarkdown } from "./incident-markdown";
import { renderLlmsTxt } from "./llms-txt";
import { markdownResponse, markdownUnavailable } from "./respond";
import { renderStatusMarkdown } from "./status-markdown";

// The markdown views for agents and CLIs, from the public model `model` gives: the one renderer of each, called by
// its route handler and by the front server's direct render (lib/direct-render/render.ts).

/** /index.md: the status page as markdown, from the same model and view the HTML page renders. */
export async function statusMarkdownResponse(model: () => Promise<PublicModel>): Promise<Response> {
  try {
    return markdownResponse(renderStatusMarkdown(statusPageOfModel(await model())));
  } catch (error) {
    return markdownUnavailable(error);
  }
}

/** /llms.txt (llmstxt.org): where an agent finds this page's status, in markdown. */
export async function llmsTxtResponse(model: () => Promise<PublicModel>): Promise<Response> {
  try {
    return markdownResponse(renderLlmsTxt(statusPageOfModel(await model())));
  } catch (error) {
    return markdownUnavailable(error);
  }
}

/** /incidents/<id>.md: one incident as markdown. */
export async function incidentMarkdownResponse(id: string, model: () => Promise<PublicModel>): Promise<Response> {
  try {
    const pageModel = await model();
    const incident = incidentFromModel(pageModel, id);
    if (!incident) return markdownResponse(`# Incident not found\n\nNo incident has the id ${id.replace(/[^\w-]/g, "")}.\n`, 404);
    return markdownResponse(renderIncidentMarkdown(incident, pageModel.page));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
