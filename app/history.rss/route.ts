import { historyRssResponse } from "@/lib/feeds/feed-routes";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as RSS 2.0; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return historyRssResponse(request, readPageModel);
}

export const HEAD = GET;
