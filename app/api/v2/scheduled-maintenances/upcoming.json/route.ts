import { readPageModel } from "@/lib/pages/request-page";
import { renderUpcomingMaintenances } from "@/lib/statuspage/render-scheduled-maintenances";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances/upcoming.json: maintenance scheduled and not yet started. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderUpcomingMaintenances, readPageModel);
}

export const HEAD = GET;
