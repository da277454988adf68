import type { HistoryChannel } from "./history-entries";
import { historyFeed } from "./history-feed";

/** The history as RSS 2.0: one item per incident or maintenance, its updates newest first in content:encoded. */
export function buildRss(channel: HistoryChannel): string {
  return historyFeed(channel, { htmlTitles: false }).rss2();
}
