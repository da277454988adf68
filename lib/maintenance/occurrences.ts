import "server-only";
import { audit, type TransactionContext } from "@/lib/core/context";
import type { ScheduledMaintenance } from "@/lib/generated/prisma/client";
import { readTranslations, translationsColumn } from "@/lib/i18n/stored-translations";
import { enqueueNotifications } from "@/lib/notifications/enqueue";
import { holdComponents } from "./maintenance-row";
import { occurrenceStarts } from "./recurrence";

// A recurring maintenance's later occurrences become rows of their own, a bounded horizon ahead, so every public
// surface, the v2 API and subscriber notices treat each one as the scheduled maintenance it is, and the scheduler
// starts and completes each on its own.

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead occurrences are added: subscribers hear of each one about this long before it starts. */
export const OCCURRENCE_HORIZON_MS = 14 * DAY_MS;
/** At most this many per series at a time, whatever the rule says. */
export const OCCURRENCES_PER_RUN = 20;
export const OCCURRENCE_MESSAGE = "Recurring scheduled maintenance.";

/**
 * Adds the series' occurrences that start within the horizon and are not rows yet, each announced and audited like
 * one an admin scheduled. The caller holds the series' first row locked, so two processes never add the same one
 * (and the unique (seriesId, scheduledFor) index would refuse it if they did).
 */
export async function addDueOccurrences(context: TransactionContext, seriesId: string): Promise<ScheduledMaintenance[]> {
  const { db: tx, now } = context;
  const first = await tx.scheduledMaintenance.findUnique({
    where: { id: seriesId },
    include: { components: { select: { componentId: true } }, updates: { orderBy: [{ displayAt: "asc" }, { createdAt: "asc" }], take: 1 } },
  });
  if (!first?.recurrence || !first.recurrenceTimeZone) return [];
  const durationMs = first.scheduledUntil.getTime() - first.scheduledFor.getTime();
  const latest = await tx.scheduledMaintenance.aggregate({ where: { seriesId }, _max: { scheduledFor: true } });
  // Occurrences whose whole window passed while Beacon was down are not announced after the fact.
  const after = new Date(Math.max((latest._max.scheduledFor ?? first.scheduledFor).getTime(), now.getTime() - durationMs));
  const recurrence = { rule: first.recurrence, firstStart: first.scheduledFor, durationMs, timeZone: first.recurrenceTimeZone };
  const starts = occurrenceStarts(recurrence, after, new Date(now.getTime() + OCCURRENCE_HORIZON_MS), OCCURRENCES_PER_RUN);
  if (starts.length === 0) return [];

  const componentIds = first.components.map((c) => c.componentId).sort();
  await holdComponents(tx, componentIds);
  const message = first.updates[0]?.body ?? OCCURRENCE_MESSAGE;
  // Each occurrence speaks the languages the first one does.
  const nameTranslations = translationsColumn(readTranslations(first.nameTranslations) ?? undefined);
  const bodyTranslations = translationsColumn(readTranslations(first.updates[0]?.bodyTranslations) ?? undefined);
  const added: ScheduledMaintenance[] = [];
  for (const start of starts) {
    const maintenance = await tx.scheduledMaintenance.create({
      data: {
        name: first.name,
        nameTranslations,
        status: "scheduled",
        scheduledFor: start,
        scheduledUntil: new Date(start.getTime() + durationMs),
        autoStart: first.autoStart,
        autoComplete: first.autoComplete,
        seriesId,
      },
    });
    await tx.maintenanceComponent.createMany({ data: componentIds.map((componentId) => ({ maintenanceId: maintenance.id, componentId })) });
    const update = await tx.maintenanceUpdate.create({
      data: { maintenanceId: maintenance.id, status: "scheduled", body: message, bodyTranslations, displayAt: now },
    });
    await enqueueNotifications(tx, { type: "maintenance.scheduled", maintenance, update });
    await audit(context, {
      action: "maintenance.create",
      entityType: "maintenance",
      entityId: maintenance.id,
      before: null,
      after: { ...maintenance, componentIds, update },
    });
    added.push(maintenance);
  }
  return added;
}
