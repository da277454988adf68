import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/feeds/build-calendar";
import { maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { feedResponse } from "@/lib/feeds/respond";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** Scheduled maintenance as an iCalendar feed that calendar apps subscribe to. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, CALENDAR_CONTENT_TYPE, async () => buildCalendar(maintenanceCalendarOfModel(await readPublicModel())));
}

export const HEAD = GET;
