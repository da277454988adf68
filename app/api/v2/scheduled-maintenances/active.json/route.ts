import { readPageModel } from "@/lib/pages/request-page";
import { STATUSPAGE_DOCUMENTS } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances/active.json: maintenance in progress or verifying. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, STATUSPAGE_DOCUMENTS["scheduled-maintenances/active"], readPageModel);
}

export const HEAD = GET;
