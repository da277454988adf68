import { readPublicModel } from "@/lib/public-model/hold";
import { renderScheduledMaintenances } from "@/lib/statuspage/render-scheduled-maintenances";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 scheduled-maintenances.json: the 50 most recent maintenances, completed ones too. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, renderScheduledMaintenances, readPublicModel);
}

export const HEAD = GET;
