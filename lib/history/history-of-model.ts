import { derivedOnce, derivedWith } from "@/lib/derived-views/derived";
import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";
import { HISTORY_PAGE_SIZE } from "@/lib/incidents/queries";
import type { PublicModel } from "@/lib/public-model/model";

// The public history: every incident and every completed maintenance, newest first, paged together, from the
// public read model. A page past the end is answered from the model too (null: 404).

export interface HistoryIncidentEntry {
  kind: "incident";
  id: string;
  name: string;
  status: IncidentStatus;
  impact: IncidentImpact;
  startedAt: Date;
  resolvedAt: Date | null;
  latestUpdateBody: string | null;
}

export interface HistoryMaintenanceEntry {
  kind: "maintenance";
  id: string;
  name: string;
  /** When the window really started (its scheduled start when it never said). */
  startedAt: Date;
  /** When it completed (its scheduled end when it never said). */
  endedAt: Date;
  componentNames: string[];
  /** The announcement: what the window was for. */
  announcementBody: string | null;
}

export type HistoryEntry = HistoryIncidentEntry | HistoryMaintenanceEntry;

export interface HistoryPage {
  entries: HistoryEntry[];
  page: number;
  pageCount: number;
  incidentCount: number;
  maintenanceCount: number;
}

/** One incident's entry: derived once per incident object, which a change shares unless it touched it. */
function incidentEntry(i: PublicModel["incidents"][number]): HistoryEntry {
  return derivedOnce("history:incident", i, () => ({
    kind: "incident",
    id: i.id,
    name: i.name,
    status: i.status,
    impact: i.impact,
    startedAt: i.startedAt,
    resolvedAt: i.resolvedAt,
    latestUpdateBody: i.updates[0]?.body ?? null,
  }));
}

/**
 * Every entry of the history, newest first: incidents and completed maintenance by when they started. Derived once
 * per incidents list, maintenance and components (a change to a component's status alone keeps it).
 */
export function historyEntriesOf(model: PublicModel): HistoryEntry[] {
  return derivedWith(
    "history:entries",
    model.incidents,
    { maintenances: model.maintenances, components: model.components },
    (a, b) => a.maintenances === b.maintenances && a.components === b.components,
    () => deriveEntries(model),
  );
}

function deriveEntries(model: PublicModel): HistoryEntry[] {
  const names = new Map(model.components.map((c) => [c.id, c]));
  const incidents = model.incidents.map(incidentEntry);
  const maintenances: HistoryEntry[] = model.maintenances
    .filter((m) => m.status === "completed")
    .map((m) => ({
      kind: "maintenance",
      id: m.id,
      name: m.name,
      startedAt: m.startedAt ?? m.scheduledFor,
      endedAt: m.completedAt ?? m.scheduledUntil,
      componentNames: m.componentIds
        .map((id) => names.get(id))
        .filter((c) => c !== undefined)
        .sort((a, b) => a.position - b.position)
        .map((c) => c.name),
      announcementBody: m.updates.at(-1)?.body ?? null,
    }));
  // Both lists come newest first; a stable sort keeps each one's own order among equal starts.
  return [...incidents, ...maintenances].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
}

/** How many history pages the model fills (at least one, which may be empty). */
export function historyPageCount(model: PublicModel, pageSize = HISTORY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(historyEntriesOf(model).length / pageSize));
}

/** One page of the history; null for a page that is not a whole number in range. */
export function historyFromModel(model: PublicModel, page: number, pageSize = HISTORY_PAGE_SIZE): HistoryPage | null {
  const entries = historyEntriesOf(model);
  const pageCount = historyPageCount(model, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return {
    entries: entries.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageCount,
    incidentCount: model.incidents.length,
    maintenanceCount: entries.length - model.incidents.length,
  };
}
