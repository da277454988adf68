import type { HistoryChannel } from "./history-entries";
import { historyFeed } from "./history-feed";

/** The history as Atom 1.0: one entry per incident or maintenance, its updates newest first in the content. */
export function buildAtom(channel: HistoryChannel): string {
  return historyFeed(channel, { htmlTitles: true }).atom1();
}
