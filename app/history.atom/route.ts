import { historyAtomResponse } from "@/lib/feeds/feed-routes";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as Atom; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return historyAtomResponse(request, readPageModel);
}

export const HEAD = GET;
