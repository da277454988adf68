import { Feed } from "feed";
import type { HistoryChannel } from "./history-entries";
import { escapeHtml } from "./update-html";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

/**
 * The `feed` library's model of the channel. Every date comes from the data (none is "now"), so equal data gives
 * equal bytes and the ETag holds. `htmlTitles` escapes titles where the format declares them HTML (Atom's type="html").
 */
export function historyFeed(channel: HistoryChannel, { htmlTitles }: { htmlTitles: boolean }): Feed {
  const feed = new Feed({
    id: channel.pageUrl,
    title: channel.title,
    link: channel.pageUrl,
    description: channel.title,
    updated: channel.updated,
    generator: "Beacon",
    // Atom requires an author; the page speaks for itself.
    author: { name: channel.pageName, link: channel.pageUrl },
    feedLinks: { atom: channel.atomUrl, rss: channel.rssUrl },
  });
  for (const entry of channel.entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: htmlTitles ? escapeHtml(entry.title) : entry.title,
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      content: entry.contentHtml,
    });
  }
  return feed;
}
