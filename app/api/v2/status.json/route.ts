import { readPageModel } from "@/lib/pages/request-page";
import { renderStatus } from "@/lib/statuspage/render-status";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 status.json: the page indicator and its description. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderStatus, readPageModel);
}

export const HEAD = GET;
