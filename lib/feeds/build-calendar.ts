import ical, { ICalEventStatus } from "ical-generator";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
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
export function maintenanceDescription(m: FeedMaintenance): string {
  const lines = [`Status: ${MAINTENANCE_STATUS_LABEL[m.status]}`];
  if (m.componentNames.length > 0) lines.push(`Affected components: ${m.componentNames.join(", ")}`);
  // Updates are oldest first: the first is the announcement, which says what the window is for.
  const [announcement] = m.updates;
  const latestUpdate = m.updates.at(-1);
  if (announcement) lines.push("", announcement.body.trim());
  if (latestUpdate && latestUpdate !== announcement)
    lines.push("", `Latest update (${MAINTENANCE_STATUS_LABEL[latestUpdate.status]}): ${latestUpdate.body.trim()}`);
  return lines.join("\n");
}

/** The page's scheduled maintenance as an iCalendar feed that calendar apps can subscribe to. */
export function buildCalendar({ page, maintenances }: MaintenanceCalendarData): string {
  const calendar = ical({
    name: page.name,
    description: `Scheduled maintenance for ${page.name}`,
    prodId: { company: "Beacon", product: "Maintenance calendar", language: "EN" },
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
      description: maintenanceDescription(m),
      url: maintenanceLink(page.url, m.id),
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
