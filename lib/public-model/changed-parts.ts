import { MODEL_PARTS, type ModelPart } from "@/lib/public-surface/bridge";
import type { ModelComponent, PublicModel } from "./model";

/** What lays a component out (whether it is shown at all included); the rest of it is what it says now. */
const LAYOUT = (c: ModelComponent) => [
  c.slug,
  c.name,
  c.description,
  c.position,
  c.groupId,
  c.startDate,
  c.showcase,
  c.onlyShowIfDegraded,
  c.createdAt,
  c.onlyShowIfDegraded && c.status !== "operational",
];
const STATE = (c: ModelComponent) => [c.status, c.updatedAt, c.monitored, c.thirdParty ?? null];

// Which parts of the public model a new model changed, against the one it replaces. A change read shares every
// unchanged list, incident and component with the model before (load-changes.ts), so most parts compare by
// reference; page settings are read again with every change and compare by value (a few small rows). A part read
// again whole (status history, monitors' totals) counts as changed: a prepared response is re-rendered once too
// often rather than shown out of date.

export function changedParts(before: PublicModel | null, after: PublicModel): ModelPart[] {
  if (!before) return [...MODEL_PARTS];
  const changed: ModelPart[] = [];
  if (JSON.stringify([before.page, before.pages]) !== JSON.stringify([after.page, after.pages])) changed.push("page");
  if (before.lastAuditAt?.getTime() !== after.lastAuditAt?.getTime()) changed.push("audit");
  if (!sameList(before.components, after.components)) {
    const was = new Map(before.components.map((c) => [c.id, c]));
    const same = (facet: (c: ModelComponent) => unknown[]) =>
      before.components.length === after.components.length &&
      after.components.every((c) => {
        const old = was.get(c.id);
        return old !== undefined && (old === c || JSON.stringify(facet(old)) === JSON.stringify(facet(c)));
      });
    if (!same(LAYOUT)) changed.push("components");
    if (!same(STATE)) changed.push("componentStatus");
  }
  if (!changed.includes("components") && JSON.stringify(before.groups) !== JSON.stringify(after.groups)) changed.push("components");
  if (!sameList(before.incidents, after.incidents)) changed.push("incidents");
  if (!sameList(before.maintenances, after.maintenances)) changed.push("maintenances");
  if (!sameList(before.statusChanges, after.statusChanges)) changed.push("statusChanges");
  const totals = (m: PublicModel) => [m.dailyChecks, m.last24hChecks, m.responsePeriods, m.sla ?? null];
  if (totals(before).some((part, i) => part !== totals(after)[i])) changed.push("checkTotals");
  return changed;
}

/** The same rows, in the same order: the same list or one holding the very same objects. */
function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((row, i) => row === b[i]));
}
