import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSlaReport } from "@/lib/sla/queries";
import { assembleIncidents, assembleMaintenances } from "./assemble";
import { PUBLIC_MODEL_FORMAT, type PublicModel } from "./model";
import { readCheckTotals, readComponents, readIncidentRows, readMaintenanceRows, readPage, readStatusChanges } from "./read-parts";

/** How a read of the model runs: repeatable read, so every table is seen at the same instant. */
export const MODEL_TRANSACTION = { isolationLevel: "RepeatableRead", maxWait: 5_000, timeout: 60_000 } as const;

/**
 * Reads the whole public model in one repeatable-read transaction: every table at the same instant, so the page
 * never shows an update without its incident or a status without the change that set it. Only the reads run inside
 * it: the incidents and maintenances (50,000 updates at scale) are assembled after it commits, so a busy machine
 * assembling slowly never holds the transaction open past its timeout.
 */
export async function loadPublicModel(now = new Date()): Promise<PublicModel> {
  const prisma = await getPrisma();
  const rows = await prisma.$transaction((tx) => readModelRows(tx, now), MODEL_TRANSACTION);
  const { incidentRows, maintenanceRows, ...model } = rows;
  const components = model.components;
  return {
    ...model,
    incidents: assembleIncidents({ ...incidentRows, components }),
    maintenances: assembleMaintenances({ ...maintenanceRows, components }),
  };
}

async function readModelRows(tx: Prisma.TransactionClient, now: Date) {
  const { page, pages, lastAuditAt } = await readPage(tx);
  const { groups, components } = await readComponents(tx);
  const incidentRows = await readIncidentRows(tx);
  const maintenanceRows = await readMaintenanceRows(tx);
  const statusChanges = await readStatusChanges(tx, now);
  const totals = await readCheckTotals(tx, now);
  // A year of hourly rollups: read only when the page shows the table, so public requests never need the store.
  const sla = page.showSlaTable ? await readSlaReport(tx, now) : null;
  return {
    format: PUBLIC_MODEL_FORMAT as typeof PUBLIC_MODEL_FORMAT,
    asOf: now,
    page,
    pages,
    lastAuditAt,
    groups,
    components,
    incidentRows,
    maintenanceRows,
    statusChanges,
    ...totals,
    sla,
  };
}
