import type { FeedUpdate } from "./model";

// An update as Statuspage's feeds show it: `<p><small>Nov 24, 06:02 UTC</small><br><strong>Identified</strong> - body</p>`.

export const UNCHANGED_STATUS_LABEL = "Update";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as inert HTML: markup typed by an admin is shown, never run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** An admin's markdown body as escaped text, its line breaks kept. */
export function bodyHtml(body: string): string {
  return escapeHtml(body.trim()).replace(/\r\n|\r|\n/g, "<br>");
}

// One formatter per time zone: making an Intl.DateTimeFormat costs far more than formatting with it, and a feed
// formats every update of 50 incidents on each render.
const feedTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Nov 24, 06:02 UTC" in the page's time zone. */
export function formatFeedTime(instant: Date, timeZone: string): string {
  let format = feedTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
      timeZoneName: "short",
    });
    if (feedTimeFormats.size < 64) feedTimeFormats.set(timeZone, format);
  }
  return format.format(instant);
}

export interface LabelledUpdate {
  label: string;
  body: string;
  displayAt: Date;
}

/** Labels each update with its status, or "Update" when the status did not change; returns them newest first. */
export function labelUpdates<S extends string>(
  oldestFirst: FeedUpdate<S>[],
  labels: Record<S, string>,
  unchanged = UNCHANGED_STATUS_LABEL,
): LabelledUpdate[] {
  return oldestFirst
    .map((update, index) => ({
      label: index > 0 && oldestFirst[index - 1].status === update.status ? unchanged : labels[update.status],
      body: update.body,
      displayAt: update.displayAt,
    }))
    .reverse();
}

export function updateHtml(update: LabelledUpdate, timeZone: string): string {
  const time = escapeHtml(formatFeedTime(update.displayAt, timeZone));
  return `<p><small>${time}</small><br><strong>${escapeHtml(update.label)}</strong> - ${bodyHtml(update.body)}</p>`;
}
