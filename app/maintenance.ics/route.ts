import { maintenanceCalendarResponse } from "@/lib/feeds/feed-routes";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** Scheduled maintenance as an iCalendar feed; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return maintenanceCalendarResponse(request, readPageModel);
}

export const HEAD = GET;
