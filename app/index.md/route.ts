import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { renderStatusMarkdown } from "@/lib/markdown-views/status-markdown";
import { readPageModel } from "@/lib/pages/request-page";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";

// The status page as markdown for agents and CLIs, from the same model and view the HTML page renders.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return markdownResponse(renderStatusMarkdown(statusPageOfModel(await readPageModel())));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
