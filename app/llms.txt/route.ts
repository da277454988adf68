import { llmsTxtResponse } from "@/lib/markdown-views/markdown-routes";
import { readPageModel } from "@/lib/pages/request-page";

// llms.txt (llmstxt.org): where an agent finds this page's status, in markdown.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return llmsTxtResponse(readPageModel);
}
