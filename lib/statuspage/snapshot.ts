import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

// What the Statuspage v2 documents are rendered from: plain data, so the renderers stay pure.

/** Statuspage lists the 50 most recent incidents and the 50 most recent maintenances. */
export const RECENT_LIMIT = 50;

export interface SnapshotPage {
  id: string;
  name: string;
  url: string;
  timeZone: string;
  updatedAt: Date;
}

export interface SnapshotGroup {
  id: string;
  name: string;
  description: string | null;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A component that mirrors a vendor's status page (lib/upstreams): a third-party dependency. */
export interface SnapshotThirdParty {
  vendor: string;
  /** The vendor's status page. */
  url: string;
  /** The vendor's page could not be read: the status is unknown, shown grey and left out of the overall status. */
  unavailable: boolean;
  /** The vendor's active incident that affects it. */
  incidentTitle: string | null;
}

export interface SnapshotComponent {
  id: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  position: number;
  groupId: string | null;
  startDate: Date;
  showcase: boolean;
  onlyShowIfDegraded: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Set when the component mirrors an upstream; absent or null for Beacon's own components. */
  thirdParty?: SnapshotThirdParty | null;
}

export interface SnapshotComponentChange {
  componentId: string;
  componentName: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
}

export interface SnapshotIncidentUpdate {
  id: string;
  status: IncidentStatus;
  body: string;
  displayAt: Date;
  createdAt: Date;
  updatedAt: Date;
  deliverNotifications: boolean;
  componentChanges: SnapshotComponentChange[];
}

export interface SnapshotIncident {
  id: string;
  name: string;
  status: IncidentStatus;
  impact: IncidentImpact;
  startedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  componentIds: string[];
  updates: SnapshotIncidentUpdate[];
}

export interface SnapshotMaintenanceUpdate {
  id: string;
  status: MaintenanceStatus;
  body: string;
  /** Translations of the body by locale (lib/i18n); absent when there are none. */
  bodyTranslations?: Partial<Record<Locale, string>>;
  displayAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface SnapshotMaintenance {
  id: string;
  name: string;
  /** Translations of the name by locale (lib/i18n); absent when there are none. */
  nameTranslations?: Partial<Record<Locale, string>>;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  componentIds: string[];
  updates: SnapshotMaintenanceUpdate[];
  /** A recurring maintenance's first occurrence: its RRULE and the time zone it repeats in. */
  repeats?: { rule: string; timeZone: string } | null;
  /** A later occurrence of a recurring maintenance: the first occurrence's id. */
  seriesId?: string | null;
}

export interface StatuspageSnapshot {
  /** When the snapshot was read: maintenance is open until its window has passed at this time. */
  asOf: Date;
  /** updatedAt is the latest change of anything the page shows, so pollers can tell that something changed. */
  page: SnapshotPage;
  groups: SnapshotGroup[];
  /** Showcase components only, ordered by position. */
  components: SnapshotComponent[];
  /** The 50 most recent incidents and every unresolved one, newest first. */
  incidents: SnapshotIncident[];
  /** The 50 most recent maintenances (completed ones too) and every open one, by scheduled start, latest first. */
  maintenances: SnapshotMaintenance[];
}
