import { readPageModel } from "@/lib/pages/request-page";
import { renderSummary } from "@/lib/statuspage/render-summary";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 summary.json: the whole page in one document. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderSummary, readPageModel);
}

export const HEAD = GET;
