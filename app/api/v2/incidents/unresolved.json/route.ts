import { readPageModel } from "@/lib/pages/request-page";
import { renderUnresolvedIncidents } from "@/lib/statuspage/render-summary";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 incidents/unresolved.json: incidents not yet resolved. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderUnresolvedIncidents, readPageModel);
}

export const HEAD = GET;
