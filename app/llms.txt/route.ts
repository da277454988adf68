import { renderLlmsTxt } from "@/lib/markdown-views/llms-txt";
import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { readPublicModel } from "@/lib/public-model/hold";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";

// llms.txt (llmstxt.org): where an agent finds this page's status, in markdown.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return markdownResponse(renderLlmsTxt(statusPageOfModel(await readPublicModel())));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
