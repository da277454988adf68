import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import type { Translations } from "@/lib/i18n/translated-text";
import type { DayTotalsRow } from "@/lib/monitors/check-totals";
import type { PeriodRow } from "@/lib/monitors/response-time-range";
import type { CheckTotals } from "@/lib/monitors/rollup-uptime";
import type { PageSettingsView } from "@/lib/page/settings";
import type { PageAccessRule } from "@/lib/page-access/access-rule";
import type { SlaReport } from "@/lib/sla/monthly-uptime";
import type {
  SnapshotComponent,
  SnapshotGroup,
  SnapshotIncident,
  SnapshotIncidentUpdate,
  SnapshotMaintenance,
} from "@/lib/statuspage/snapshot";

// The public read model: everything any public route shows, read from the store in one consistent pass. Every
// public renderer (page, incidents, history, v2 API, feeds, calendar, badges, widget, subscribe) is a pure function
// of it, so they cannot disagree, and none of them reads the store: the model answers while the store is down.
// Plain data (dates, arrays, records) so that it survives a trip through JSON to disk and back.

/** Bumped whenever the shape changes: a file of another format is ignored, never served. */
export const PUBLIC_MODEL_FORMAT = 6;

/** Audit entity types whose writes change what the page shows (removals too, which leave no row to date). */
export const PAGE_AUDIT_ENTITY_TYPES = [
  "page_settings",
  "page",
  "component",
  "component_group",
  "incident",
  "incident_update",
  "maintenance",
];

/** How far back the model holds uptime data: the page's 90 days, plus a day for time zones. */
export const MODEL_UPTIME_DAYS = 92;

export interface ModelPage extends PageSettingsView {
  id: string;
  /** Null until an admin saved the settings. */
  updatedAt: Date | null;
  /** Who may read the page (hashes only): the front server gates with it while the store is down. */
  access: PageAccessRule;
  // Several pages (lib/pages). Absent (a model built by hand): the default page, showing everything.
  slug?: string;
  accentColor?: string | null;
  defaultLanguage?: string;
  /** Whether a reader's browser language picks the page's language (lib/i18n); absent: it does. */
  followBrowserLanguage?: boolean;
  /** Host names the page answers on (lower case, no port). */
  domains?: string[];
  /** The domain its links use; none: the instance's address under /p/<slug>. */
  canonicalDomain?: string | null;
  /** Every component and group, present and future; else only those picked below. */
  showAllComponents?: boolean;
  componentIds?: string[];
  groupIds?: string[];
  /** Incidents without components an admin picked for this page. */
  incidentIds?: string[];
}

export interface ModelComponent extends SnapshotComponent {
  slug: string;
  monitored: boolean;
}

export interface ModelIncidentUpdate extends SnapshotIncidentUpdate {
  /** Translations of the body by locale (lib/i18n); absent when there are none. */
  bodyTranslations?: Translations;
}

export interface ModelIncident extends SnapshotIncident {
  /** Translations of the name by locale (lib/i18n); absent when there are none. */
  nameTranslations?: Translations;
  identifiedAt: Date | null;
  /** Only once published: a draft never leaves the store. */
  postmortemBody: string | null;
  postmortemPublishedAt: Date | null;
  /** Newest first (displayAt, then createdAt). */
  updates: ModelIncidentUpdate[];
}

export interface ModelStatusChange {
  componentId: string;
  status: ComponentStatus;
  changedAt: Date;
}

/** A component's response times in one period, its monitors' p50/p95 weighted by their checks. */
export interface ModelResponsePeriod extends PeriodRow {
  componentId: string;
  granularity: "hour" | "day";
}

/** A component's response times from one probe location in one UTC hour (its remote monitors' own results). */
export interface ModelLocationResponsePeriod extends PeriodRow {
  componentId: string;
  locationName: string;
}

/** What one probe location last saw of a component's remote monitors. */
export interface ModelLocationLatest {
  componentId: string;
  locationName: string;
  /** Null until the location reported; false when any of the component's monitors failed there last. */
  ok: boolean | null;
  /** The slowest of those last results. */
  responseTimeMs: number | null;
  checkedAt: Date | null;
  /** The location stopped reporting (lib/probes/offline.ts): shown, never counted. */
  offline: boolean;
}

export interface PublicModel {
  format: typeof PUBLIC_MODEL_FORMAT;
  /** When the store was read: the model is the truth as of this instant. */
  asOf: Date;
  /** The instance's default page (the one `/` serves). */
  page: ModelPage;
  /** Every page, the default one first (lib/pages/page-view.ts derives each one's view of this model). */
  pages?: ModelPage[];
  /** The latest audited write to anything the page shows (removals leave no other trace). */
  lastAuditAt: Date | null;
  groups: SnapshotGroup[];
  /** Every component, hidden ones too (an incident names them); the page shows `showcase` ones. Ordered by position. */
  components: ModelComponent[];
  /** Every incident, newest first. */
  incidents: ModelIncident[];
  /** Every maintenance, latest scheduled start first; updates newest first. */
  maintenances: SnapshotMaintenance[];
  /** Status changes of the last MODEL_UPTIME_DAYS, plus the last one before them per component. */
  statusChanges: ModelStatusChange[];
  /** Daily check totals per component over MODEL_UPTIME_DAYS. */
  dailyChecks: DayTotalsRow[];
  /** Check totals per component over the 24 hours before `asOf`. */
  last24hChecks: Record<string, CheckTotals>;
  /** Hourly periods of the last 7 days and daily ones of the last 30, per component. */
  responsePeriods: ModelResponsePeriod[];
  /** Hourly periods of the last 7 days per component and probe location (absent in models built by hand). */
  locationResponsePeriods?: ModelLocationResponsePeriod[];
  /** Per component run from probe locations, what each location last saw, by location name. */
  locationLatest?: ModelLocationLatest[];
  /** Monthly uptime per component for the last 12 months (lib/sla), read only while the page shows its SLA table. */
  sla?: SlaReport | null;
}
