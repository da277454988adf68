import { buildRss } from "@/lib/feeds/build-rss";
import { feedHistoryOfModel } from "@/lib/feeds/feeds-of-model";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { RSS_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as RSS 2.0, Statuspage's shape. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, RSS_CONTENT_TYPE, async () => buildRss(buildHistoryChannel(feedHistoryOfModel(await readPublicModel()))));
}

export const HEAD = GET;
