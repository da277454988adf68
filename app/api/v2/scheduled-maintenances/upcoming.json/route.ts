import { readPageModel } from "@/lib/pages/request-page";
import { STATUSPAGE_DOCUMENTS } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances/upcoming.json: maintenance scheduled and not yet started. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, STATUSPAGE_DOCUMENTS["scheduled-maintenances/upcoming"], readPageModel);
}

export const HEAD = GET;
