import type { IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";

// What the feeds are built from: plain data read by queries.ts, so the builders stay pure.

/** Entries in the history feeds, as on Statuspage. */
export const FEED_ENTRY_LIMIT = 50;

export interface FeedPage {
  name: string;
  url: string;
  timeZone: string;
  updatedAt: Date;
}

export interface FeedUpdate<Status extends string> {
  status: Status;
  body: string;
  displayAt: Date;
}

export interface FeedIncident {
  id: string;
  name: string;
  startedAt: Date;
  /** Oldest first. */
  updates: FeedUpdate<IncidentStatus>[];
}

export interface FeedMaintenance {
  id: string;
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  createdAt: Date;
  updatedAt: Date;
  componentNames: string[];
  /** Oldest first. */
  updates: FeedUpdate<MaintenanceStatus>[];
  /** A recurring maintenance: the calendar carries its RRULE instead of each occurrence. */
  repeats?: { rule: string; timeZone: string } | null;
}

export interface FeedHistory {
  page: FeedPage;
  incidents: FeedIncident[];
  maintenances: FeedMaintenance[];
}

export interface MaintenanceCalendarData {
  page: FeedPage;
  maintenances: FeedMaintenance[];
}
