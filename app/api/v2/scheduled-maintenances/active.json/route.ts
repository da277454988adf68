import { readPageModel } from "@/lib/pages/request-page";
import { renderActiveMaintenances } from "@/lib/statuspage/render-scheduled-maintenances";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances/active.json: maintenance in progress or verifying. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderActiveMaintenances, readPageModel);
}

export const HEAD = GET;
