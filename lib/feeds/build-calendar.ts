import ical, { ICalEventStatus } from "ical-generator";
import { toFloating } from "@/lib/maintenance/recurrence";
import { ENGLISH_FEED_WORDS, type FeedWords } from "./feed-words";
import { maintenanceLink, pageLink } from "./history-entries";
import type { FeedMaintenance, MaintenanceCalendarData } from "./model";

export const CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8";
/** How often subscribed calendar apps should fetch the feed again. */
export const CALENDAR_REFRESH_SECONDS = 15 * 60;

/** `<maintenance id>@<host name>`: the same event on every fetch, so apps update it instead of adding another. */
export function maintenanceUid(maintenanceId: string, pageUrl: string): string {
  return `${maintenanceId}@${new URL(pageUrl).hostname}`;
}

/** Status, affected components, the announcement and the latest update when there is a later one, as plain text. */
export function maintenanceDescription(m: FeedMaintenance, words = ENGLISH_FEED_WORDS): string {
  const lines = [
    m.repeats ? words.calendarRepeats(m.repeats.rule, m.repeats.timeZone) : words.calendarStatus(words.maintenanceStatus[m.status]),
  ];
  if (m.componentNames.length > 0) lines.push(words.affectedComponents(m.componentNames.join(", ")));
  // Updates are oldest first: the first is the announcement, which says what the window is for.
  const [announcement] = m.updates;
  const latestUpdate = m.updates.at(-1);
  if (announcement) lines.push("", announcement.body.trim());
  if (latestUpdate && latestUpdate !== announcement)
    lines.push("", words.latestUpdate(words.maintenanceStatus[latestUpdate.status], latestUpdate.body.trim()));
  return lines.join("\n");
}

/**
 * A recurring maintenance repeats in the page's zone (DTSTART;TZID=…), so "Sundays at 02:30" stays at 02:30 local
 * time across DST changes. ical-generator writes a zoned time from the date's UTC fields, hence the wall-clock dates.
 */
function repeatingIn(m: FeedMaintenance, repeats: { rule: string; timeZone: string }) {
  return {
    start: toFloating(m.scheduledFor, repeats.timeZone),
    end: toFloating(m.scheduledUntil, repeats.timeZone),
    timezone: repeats.timeZone,
    repeating: repeats.rule,
  };
}

/** The page's scheduled maintenance as an iCalendar feed that calendar apps can subscribe to. */
export function buildCalendar({ page, maintenances }: MaintenanceCalendarData, words: FeedWords = ENGLISH_FEED_WORDS): string {
  const calendar = ical({
    name: page.name,
    description: words.calendarDescription(page.name),
    prodId: { company: "Beacon", product: words.calendarProduct, language: words.locale.toUpperCase() },
    url: pageLink(page.url, "/maintenance.ics"),
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  for (const m of maintenances) {
    calendar.createEvent({
      id: maintenanceUid(m.id, page.url),
      start: m.scheduledFor,
      end: m.scheduledUntil,
      // From the data, never "now", so equal data gives equal bytes and the ETag holds.
      stamp: m.updatedAt,
      summary: m.name,
      description: maintenanceDescription(m, words),
      url: maintenanceLink(page.url, m.id),
      status: ICalEventStatus.CONFIRMED,
      ...(m.repeats ? repeatingIn(m, m.repeats) : {}),
    });
  }
  return calendar.toString();
}
