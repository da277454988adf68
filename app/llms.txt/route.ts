import { renderLlmsTxt } from "@/lib/markdown-views/llms-txt";
import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { readPageModel } from "@/lib/pages/request-page";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";

// llms.txt (llmstxt.org): where an agent finds this page's status, in markdown.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return markdownResponse(renderLlmsTxt(statusPageOfModel(await readPageModel())));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
