import { readPageModel } from "@/lib/pages/request-page";
import { renderIncidents } from "@/lib/statuspage/render-incidents";
import { renderPage } from "@/lib/statuspage/render-page";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 incidents.json: the 50 most recent incidents. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, (s) => ({ page: renderPage(s.page), incidents: renderIncidents(s) }), readPageModel);
}

export const HEAD = GET;
