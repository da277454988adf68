import "server-only";
import { isDeepStrictEqual } from "node:util";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monitoredComponentIds } from "@/lib/monitors/check-totals";
import type { StoreChange } from "@/lib/public-surface/store-change";
import { readSlaReport } from "@/lib/sla/queries";
import { compareIncidents, compareMaintenances, rederiveIncidents, rederiveMaintenances } from "./assemble";
import { MODEL_TRANSACTION } from "./load";
import type { ModelComponent, PublicModel } from "./model";
import { readCheckTotals, readComponents, readIncidents, readMaintenances, readPage, readStatusChanges } from "./read-parts";

// A change read into the model held: only what the change notices named, in one repeatable-read transaction, into
// a new model that shares every unchanged part (and every unchanged incident) with the one before. Page settings
// and the latest audited write are read every time (two indexed rows). The result is the model a whole read at the
// same instant would give (tested against one), with one deliberate exception: the monitors' totals, which no
// notice announces, are carried over unless `checkTotals` asks for them.

export interface ChangeReadOptions {
  /** Also read the monitors' totals (daily, 24 h, response times) and which components are monitored. */
  checkTotals?: boolean;
}

export async function loadChangedModel(
  previous: PublicModel,
  change: StoreChange,
  now = new Date(),
  options: ChangeReadOptions = {},
): Promise<PublicModel> {
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => readChanges(tx, previous, change, now, options), MODEL_TRANSACTION);
}

async function readChanges(
  tx: Prisma.TransactionClient,
  previous: PublicModel,
  change: StoreChange,
  now: Date,
  options: ChangeReadOptions,
): Promise<PublicModel> {
  const { page, pages, lastAuditAt } = await readPage(tx);
  let { groups, components, incidents, maintenances, statusChanges, dailyChecks, last24hChecks, responsePeriods } = previous;
  let { locationResponsePeriods, locationLatest } = previous;
  if (change.components) {
    ({ groups, components } = await readComponents(tx));
  } else if (options.checkTotals) {
    const monitored = await monitoredComponentIds(tx);
    components = components.map((c) => (c.monitored === monitored.has(c.id) ? c : { ...c, monitored: monitored.has(c.id) }));
  }

  const incidentIds = new Set(change.incidents);
  if (change.incidentUpdates.size > 0) {
    const updates = await tx.incidentUpdate.findMany({ where: { id: { in: [...change.incidentUpdates] } }, select: { incidentId: true } });
    for (const update of updates) incidentIds.add(update.incidentId);
  }
  if (incidentIds.size > 0) {
    incidents = replaceById(incidents, incidentIds, await readIncidents(tx, components, [...incidentIds]), compareIncidents);
  }
  if (change.maintenances.size > 0) {
    maintenances = replaceById(
      maintenances,
      change.maintenances,
      await readMaintenances(tx, components, [...change.maintenances]),
      compareMaintenances,
    );
  }
  if (change.components && namesOrOrderMoved(previous.components, components)) {
    incidents = rederiveIncidents(incidents, components);
    maintenances = rederiveMaintenances(maintenances, components);
  }
  if (change.statusChanges) statusChanges = await readStatusChanges(tx, now);
  if (options.checkTotals) {
    // Totals read again but unchanged (no monitor checked since) stay the very same objects: a part that is not
    // replaced outdates no page, so an idle page is not rendered again every minute (changed-parts.ts).
    const read = await readCheckTotals(tx, now);
    dailyChecks = unlessEqual(dailyChecks, read.dailyChecks);
    last24hChecks = unlessEqual(last24hChecks, read.last24hChecks);
    responsePeriods = unlessEqual(responsePeriods, read.responsePeriods);
    locationResponsePeriods = unlessEqual(locationResponsePeriods, read.locationResponsePeriods);
    locationLatest = unlessEqual(locationLatest, read.locationLatest);
  }
  // The SLA table reads a year of rollups: again with the monitors' totals, or when the page starts showing it.
  const sla = !page.showSlaTable
    ? null
    : options.checkTotals || !previous.sla
      ? unlessEqual(previous.sla, await readSlaReport(tx, now))
      : previous.sla;

  return {
    format: previous.format,
    asOf: now,
    page,
    pages,
    lastAuditAt,
    groups,
    components,
    incidents,
    maintenances,
    statusChanges,
    dailyChecks,
    last24hChecks,
    responsePeriods,
    locationResponsePeriods,
    locationLatest,
    sla,
  };
}

/** `before` when `after` holds the same values, else `after`. */
function unlessEqual<T>(before: T, after: T): T {
  return isDeepStrictEqual(before, after) ? before : after;
}

/** Whether what incidents derive from components (names, positions) differs: a status change alone does not. */
function namesOrOrderMoved(before: readonly ModelComponent[], after: readonly ModelComponent[]): boolean {
  if (before.length !== after.length) return true;
  const seen = new Map(before.map((c) => [c.id, c]));
  return after.some((c) => seen.get(c.id)?.name !== c.name || seen.get(c.id)?.position !== c.position);
}

/** `list` without the rows whose id is in `ids`, with `fresh` (those of them that still exist) in their place. */
function replaceById<T extends { id: string }>(
  list: readonly T[],
  ids: ReadonlySet<string>,
  fresh: T[],
  compare: (a: T, b: T) => number,
): T[] {
  return [...list.filter((row) => !ids.has(row.id)), ...fresh].sort(compare);
}
