import { renderLlmsTxt } from "@/lib/markdown-views/llms-txt";
import { markdownResponse, markdownUnavailable } from "@/lib/markdown-views/respond";
import { getStatusPage } from "@/lib/status/queries";

// llms.txt (llmstxt.org): where an agent finds this page's status, in markdown.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    return markdownResponse(renderLlmsTxt(await getStatusPage()));
  } catch (error) {
    return markdownUnavailable(error);
  }
}
