import { statuspageResponse } from "@/lib/statuspage/respond";
import { renderSummary } from "@/lib/statuspage/render-summary";

export const dynamic = "force-dynamic";

/** Statuspage v2 summary.json: the whole page in one document. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderSummary);
}

export const HEAD = GET;
