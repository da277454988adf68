// What changed in the store, gathered from its change notices (migration 20261129100000_public_change_ids), so the
// public model re-reads only that. Plain data, no server-only imports: it travels on the bridge.
//
// A notice is "Table" or "Table:id,id,…". The incident and maintenance tables name the incidents, maintenances or
// incident updates a statement touched; the other public tables are small and re-read whole, so their name is
// enough. Anything the model cannot place — no payload (a reconnection: anything may have changed), an unknown
// table, an incident table without ids (a bulk write or TRUNCATE), more ids than a partial read is worth — asks
// for the whole model again.

export interface StoreChange {
  /** Read the whole model again. */
  full: boolean;
  /** Components and groups (names, positions, statuses): re-read whole, and what incidents derive from them. */
  components: boolean;
  /** Component status history (uptime): re-read whole. */
  statusChanges: boolean;
  /** Page settings are re-read with every change; this only records that they changed. */
  page: boolean;
  incidents: Set<string>;
  /** Incident updates whose component changes changed: their incidents are re-read. */
  incidentUpdates: Set<string>;
  maintenances: Set<string>;
}

/** Past this many ids in one change, a partial read costs about as much as reading everything. */
export const MAX_CHANGED_IDS = 500;

type Part = "components" | "statusChanges" | "page";
type IdPart = "incidents" | "incidentUpdates" | "maintenances";

const WHOLE_TABLES: Record<string, Part> = {
  PageSettings: "page",
  PageAccess: "page", // who may read it (lib/page-access)
  // Which components, groups and incidents each page shows (lib/pages): read with the page settings.
  PageComponent: "page",
  PageComponentGroup: "page",
  PageIncident: "page",
  ComponentGroup: "components",
  Component: "components",
  UpstreamMirror: "components", // what a component shows of its vendor (lib/upstreams)
  ComponentStatusChange: "statusChanges",
};

const ID_TABLES: Record<string, IdPart> = {
  Incident: "incidents",
  IncidentComponent: "incidents",
  IncidentUpdate: "incidents",
  IncidentUpdateComponent: "incidentUpdates",
  ScheduledMaintenance: "maintenances",
  MaintenanceComponent: "maintenances",
  MaintenanceUpdate: "maintenances",
};

export function noStoreChange(): StoreChange {
  return {
    full: false,
    components: false,
    statusChanges: false,
    page: false,
    incidents: new Set(),
    incidentUpdates: new Set(),
    maintenances: new Set(),
  };
}

export function fullStoreChange(): StoreChange {
  return { ...noStoreChange(), full: true };
}

export function isEmptyStoreChange(change: StoreChange): boolean {
  return (
    !change.full &&
    !change.components &&
    !change.statusChanges &&
    !change.page &&
    change.incidents.size === 0 &&
    change.incidentUpdates.size === 0 &&
    change.maintenances.size === 0
  );
}

/** Adds one notice's payload to `change` (in place); undefined is a reconnection. */
export function addNotice(change: StoreChange, payload: string | undefined): void {
  if (!payload) return void readEverything(change);
  const colon = payload.indexOf(":");
  const table = colon === -1 ? payload : payload.slice(0, colon);
  const whole = WHOLE_TABLES[table];
  if (whole) return void (change[whole] = true);
  const part = ID_TABLES[table];
  const ids =
    colon === -1
      ? []
      : payload
          .slice(colon + 1)
          .split(",")
          .filter(Boolean);
  if (!part || ids.length === 0) return void readEverything(change);
  if (change.full) return; // everything is read anyway: keep no ids (bounded however many notices arrive)
  for (const id of ids) change[part].add(id);
  if (change.incidents.size + change.incidentUpdates.size + change.maintenances.size > MAX_CHANGED_IDS) readEverything(change);
}

function readEverything(change: StoreChange) {
  change.full = true;
  change.incidents.clear();
  change.incidentUpdates.clear();
  change.maintenances.clear();
}

/** `into` with everything `from` holds added (in place). */
export function mergeStoreChange(into: StoreChange, from: StoreChange): StoreChange {
  into.full ||= from.full;
  into.components ||= from.components;
  into.statusChanges ||= from.statusChanges;
  into.page ||= from.page;
  if (into.full) {
    readEverything(into);
    return into;
  }
  for (const part of ["incidents", "incidentUpdates", "maintenances"] as const) for (const id of from[part]) into[part].add(id);
  if (into.incidents.size + into.incidentUpdates.size + into.maintenances.size > MAX_CHANGED_IDS) readEverything(into);
  return into;
}
