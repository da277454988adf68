import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSlaReport } from "@/lib/sla/queries";
import { PUBLIC_MODEL_FORMAT, type PublicModel } from "./model";
import { readCheckTotals, readComponents, readIncidents, readMaintenances, readPage, readStatusChanges } from "./read-parts";

/** How a read of the model runs: repeatable read, so every table is seen at the same instant. */
export const MODEL_TRANSACTION = { isolationLevel: "RepeatableRead", maxWait: 5_000, timeout: 60_000 } as const;

/**
 * Reads the whole public model in one repeatable-read transaction: every table at the same instant, so the page
 * never shows an update without its incident or a status without the change that set it.
 */
export async function loadPublicModel(now = new Date()): Promise<PublicModel> {
  const prisma = await getPrisma();
  return prisma.$transaction((tx) => readModel(tx, now), MODEL_TRANSACTION);
}

async function readModel(tx: Prisma.TransactionClient, now: Date): Promise<PublicModel> {
  const { page, pages, lastAuditAt } = await readPage(tx);
  const { groups, components } = await readComponents(tx);
  const incidents = await readIncidents(tx, components);
  const maintenances = await readMaintenances(tx, components);
  const statusChanges = await readStatusChanges(tx, now);
  const totals = await readCheckTotals(tx, now);
  // A year of hourly rollups: read only when the page shows the table, so public requests never need the store.
  const sla = page.showSlaTable ? await readSlaReport(tx, now) : null;
  return {
    format: PUBLIC_MODEL_FORMAT,
    asOf: now,
    page,
    pages,
    lastAuditAt,
    groups,
    components,
    incidents,
    maintenances,
    statusChanges,
    ...totals,
    sla,
  };
}
