import { statusMarkdownResponse } from "@/lib/markdown-views/markdown-routes";
import { readPageModel } from "@/lib/pages/request-page";

// The status page as markdown for agents and CLIs, from the same model and view the HTML page renders.
export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return statusMarkdownResponse(readPageModel);
}
