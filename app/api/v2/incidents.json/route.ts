import { readPageModel } from "@/lib/pages/request-page";
import { STATUSPAGE_DOCUMENTS } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 incidents.json: the 50 most recent incidents. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, STATUSPAGE_DOCUMENTS.incidents, readPageModel);
}

export const HEAD = GET;
