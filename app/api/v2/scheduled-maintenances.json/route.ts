import { readPageModel } from "@/lib/pages/request-page";
import { renderScheduledMaintenances } from "@/lib/statuspage/render-scheduled-maintenances";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances.json: the 50 most recent maintenances, completed ones too. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderScheduledMaintenances, readPageModel);
}

export const HEAD = GET;
