import { maintenancePath } from "@/lib/core/public-paths";
import { ENGLISH_FEED_WORDS, type FeedWords } from "./feed-words";
import { FEED_ENTRY_LIMIT, type FeedHistory, type FeedIncident, type FeedMaintenance, type FeedPage, type FeedUpdate } from "./model";
import { escapeHtml, formatFeedTime, labelUpdates, updateHtml } from "./update-html";

// The one entry model both the Atom and the RSS builders render, so the two feeds cannot disagree.

export interface HistoryEntry {
  /** A tag URI that never changes for the incident or maintenance. */
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  contentHtml: string;
}

export interface HistoryChannel {
  pageName: string;
  title: string;
  pageUrl: string;
  atomUrl: string;
  rssUrl: string;
  updated: Date;
  entries: HistoryEntry[];
}

// Statuspage's tag date; any fixed date keeps the ids stable.
const TAG_DATE = "2005";

export function pageLink(pageUrl: string, path: string): string {
  return `${pageUrl.replace(/\/+$/, "")}${path}`;
}

/** The maintenance's own public page. */
export function maintenanceLink(pageUrl: string, maintenanceId: string): string {
  return pageLink(pageUrl, maintenancePath(maintenanceId));
}

function tagId(pageUrl: string, kind: string, id: string): string {
  return `tag:${new URL(pageUrl).hostname},${TAG_DATE}:${kind}/${id}`;
}

function latest(updates: FeedUpdate<string>[], fallback: Date): Date {
  return updates.reduce((max, u) => (u.displayAt > max ? u.displayAt : max), fallback);
}

function incidentEntry(page: FeedPage, incident: FeedIncident, words: FeedWords): HistoryEntry {
  const updates = labelUpdates(incident.updates, words.incidentStatus, words.update);
  return {
    id: tagId(page.url, "Incident", incident.id),
    title: incident.name,
    link: pageLink(page.url, `/incidents/${incident.id}`),
    published: incident.startedAt,
    updated: latest(incident.updates, incident.startedAt),
    contentHtml: updates.map((u) => updateHtml(u, page.timeZone)).join(""),
  };
}

/** "Nov 28, 20:00 - 22:00 UTC", the window in the page's time zone (both days named when it spans two). */
export function maintenanceWindow(m: Pick<FeedMaintenance, "scheduledFor" | "scheduledUntil">, timeZone: string): string {
  const start = formatFeedTime(m.scheduledFor, timeZone).replace(/ \S+$/, "");
  const end = formatFeedTime(m.scheduledUntil, timeZone);
  const sameDay = start.split(",")[0] === end.split(",")[0];
  return `${start} - ${sameDay ? end.split(", ")[1] : end}`;
}

function maintenanceEntry(page: FeedPage, m: FeedMaintenance, words: FeedWords): HistoryEntry {
  const updates = labelUpdates(m.updates, words.maintenanceStatus, words.update);
  // Announced when its first update was posted (the demo back-dates it); created otherwise.
  const announced = m.updates[0] && m.updates[0].displayAt < m.createdAt ? m.updates[0].displayAt : m.createdAt;
  const window = `<p><strong>${escapeHtml(words.scheduledEvent(maintenanceWindow(m, page.timeZone)))}</strong></p>`;
  return {
    id: tagId(page.url, "Maintenance", m.id),
    title: m.name,
    link: maintenanceLink(page.url, m.id),
    published: announced,
    updated: latest(m.updates, announced),
    contentHtml: window + updates.map((u) => updateHtml(u, page.timeZone)).join(""),
  };
}

/** Incidents and maintenance merged, newest first, at most 50, with the feed's title and links, in `words`' language. */
export function buildHistoryChannel({ page, incidents, maintenances }: FeedHistory, words = ENGLISH_FEED_WORDS): HistoryChannel {
  const entries = [...incidents.map((i) => incidentEntry(page, i, words)), ...maintenances.map((m) => maintenanceEntry(page, m, words))]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRY_LIMIT);
  return {
    pageName: page.name,
    title: words.historyTitle(page.name),
    pageUrl: page.url,
    atomUrl: pageLink(page.url, "/history.atom"),
    rssUrl: pageLink(page.url, "/history.rss"),
    updated: entries.reduce((max, e) => (e.updated > max ? e.updated : max), page.updatedAt),
    entries,
  };
}
