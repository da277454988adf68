import { incidentMarkdownResponse } from "@/lib/markdown-views/markdown-routes";
import { readPageModel } from "@/lib/pages/request-page";

// /incidents/<id>.md (rewritten here by next.config.mjs): one incident as markdown for agents and CLIs.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return incidentMarkdownResponse(id, readPageModel);
}
