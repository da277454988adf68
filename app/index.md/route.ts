import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { renderStatusMarkdown } from "@/lib/markdown-views/status-markdown";
import { getStatusPage } from "@/lib/status/queries";

// The status page as markdown for agents and CLIs, from the same view the HTML page renders.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return markdownResponse(renderStatusMarkdown(await getStatusPage()));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
