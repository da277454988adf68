import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/feeds/build-calendar";
import { loadMaintenanceCalendar } from "@/lib/feeds/queries";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Scheduled maintenance as an iCalendar feed that calendar apps subscribe to. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, CALENDAR_CONTENT_TYPE, async () => buildCalendar(await loadMaintenanceCalendar()));
}

export const HEAD = GET;
