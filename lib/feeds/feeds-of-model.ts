import { isMaintenanceUnderway } from "@/lib/maintenance/underway";
import type { PublicModel } from "@/lib/public-model/model";
import type { SnapshotMaintenance } from "@/lib/statuspage/snapshot";
import { FEED_ENTRY_LIMIT, type FeedHistory, type FeedMaintenance, type FeedPage, type MaintenanceCalendarData } from "./model";

// The feeds and the calendar, cut from the public read model.

/** Completed maintenance stays on the calendar this long, so subscribers keep recent history. */
export const CALENDAR_COMPLETED_DAYS = 90;
const CALENDAR_EVENT_LIMIT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

function feedPage(model: PublicModel): FeedPage {
  const { name, url, timeZone, updatedAt } = model.page;
  return { name, url, timeZone, updatedAt: updatedAt ?? new Date(0) };
}

/** Updates oldest first: the model holds them newest first (displayAt, then createdAt). */
function oldestFirst<S extends string>(updates: readonly { status: S; body: string; displayAt: Date }[]) {
  return [...updates].reverse().map(({ status, body, displayAt }) => ({ status, body, displayAt }));
}

function toFeedMaintenance(model: PublicModel, m: SnapshotMaintenance): FeedMaintenance {
  const names = model.components
    .filter((c) => m.componentIds.includes(c.id))
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    componentNames: names.map((c) => c.name),
    updates: oldestFirst(m.updates),
    repeats: m.repeats ?? null,
  };
}

const byIdAsc = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The 50 most recent incidents and the 50 most recent maintenances, each with its updates; the builder merges them. */
export function feedHistoryOfModel(model: PublicModel): FeedHistory {
  const maintenances = [...model.maintenances]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byIdAsc(a, b))
    .slice(0, FEED_ENTRY_LIMIT);
  return {
    page: feedPage(model),
    incidents: model.incidents.slice(0, FEED_ENTRY_LIMIT).map((i) => ({
      id: i.id,
      name: i.name,
      startedAt: i.startedAt,
      updates: oldestFirst(i.updates),
    })),
    maintenances: maintenances.map((m) => toFeedMaintenance(model, m)),
  };
}

/**
 * Maintenance a calendar shows: upcoming, in progress, and windows that ended in the last 90 days. A recurring
 * maintenance is one event with its RRULE, shown as long as it repeats; its occurrences' own rows are not repeated.
 */
export function maintenanceCalendarOfModel(model: PublicModel, now = new Date()): MaintenanceCalendarData {
  const cutoff = now.getTime() - CALENDAR_COMPLETED_DAYS * DAY_MS;
  const shown = model.maintenances
    .filter((m) => !m.seriesId)
    .filter((m) => m.repeats || m.scheduledUntil.getTime() >= cutoff || isMaintenanceUnderway(m.status))
    .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime() || byIdAsc(a, b))
    .slice(0, CALENDAR_EVENT_LIMIT);
  return { page: feedPage(model), maintenances: shown.map((m) => toFeedMaintenance(model, m)) };
}
