// Live clients poll page.updated_at to learn that something changed, so it must move whenever anything the page
// shows does, a removal included.

// An empty store has nothing to date; a fixed time keeps its documents (and their ETags) the same between polls.
const NOTHING_YET = new Date(0);

interface Dated {
  updatedAt: Date;
}
type WithUpdates = Dated & { updates: readonly Dated[] };

export interface PageChanges {
  settingsUpdatedAt: Date | null;
  groups: readonly Dated[];
  components: readonly Dated[];
  incidents: readonly WithUpdates[];
  maintenances: readonly WithUpdates[];
  /** The latest audited write to anything the page shows. */
  lastAuditAt: Date | null;
}

export function pageUpdatedAt(changes: PageChanges): Date {
  const times = [
    changes.settingsUpdatedAt,
    changes.lastAuditAt,
    ...changes.groups.map((g) => g.updatedAt),
    ...changes.components.map((c) => c.updatedAt),
    ...[...changes.incidents, ...changes.maintenances].flatMap((e) => [e.updatedAt, ...e.updates.map((u) => u.updatedAt)]),
  ];
  let latest = NOTHING_YET;
  for (const time of times) if (time && time.getTime() > latest.getTime()) latest = time;
  return latest;
}
