import { buildRss } from "@/lib/feeds/build-rss";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { RSS_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { loadFeedHistory } from "@/lib/feeds/queries";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as RSS 2.0, Statuspage's shape. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, RSS_CONTENT_TYPE, async () => buildRss(buildHistoryChannel(await loadFeedHistory())));
}

export const HEAD = GET;
