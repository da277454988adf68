import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { UNRESOLVED_INCIDENT_STATUSES, unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import { ADMIN_WEBHOOK_RECIPIENT, type ReminderPayload } from "@/lib/notifications/operator-reminder-delivery";
import { notifyEnqueued } from "@/lib/notifications/wake";
import { type DueReminder, dueReminders, type QuietIncident } from "./due-reminders";

export interface ReminderSettings {
  quietMinutes: number;
  leadMinutes: number;
  /** False without SMTP: no mail is queued that could never leave. */
  mail: boolean;
  adminWebhook: boolean;
}

/**
 * Queues the reminders due at `now` into the outbox, each at most once across instances: the reminder's key is
 * inserted in the same transaction as its deliveries, so a second instance (or a second tick) finds it taken.
 * Returns the keys queued by this call.
 */
export async function queueDueReminders(prisma: PrismaClient, now: Date, settings: ReminderSettings): Promise<string[]> {
  if (!settings.mail && !settings.adminWebhook) return [];
  const [incidents, maintenances] = await Promise.all([
    prisma.incident.findMany({
      where: { status: unresolvedIncidentStatus() },
      select: {
        id: true,
        name: true,
        status: true,
        impact: true,
        updates: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { id: true, createdAt: true } },
      },
    }),
    prisma.scheduledMaintenance.findMany({
      where: { status: "scheduled", scheduledFor: { gt: now, lte: new Date(now.getTime() + settings.leadMinutes * 60_000) } },
      select: { id: true, name: true, scheduledFor: true, scheduledUntil: true },
    }),
  ]);
  const quiet = incidents.flatMap((i): QuietIncident[] => {
    const [last] = i.updates;
    const status = UNRESOLVED_INCIDENT_STATUSES.find((s) => s === i.status);
    return last && status
      ? [{ id: i.id, name: i.name, status, impact: i.impact, lastUpdate: { id: last.id, postedAt: last.createdAt } }]
      : [];
  });
  const queued: string[] = [];
  for (const due of dueReminders(now, { incidents: quiet, maintenances }, settings)) {
    if (await queueOne(prisma, due, settings)) queued.push(due.key);
  }
  if (queued.length) notifyEnqueued();
  return queued;
}

async function queueOne(prisma: PrismaClient, due: DueReminder, settings: ReminderSettings): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const subjectId = due.kind === "incident-quiet" ? due.incident.id : due.maintenance.id;
    const { count } = await tx.operatorReminder.createMany({ data: [{ key: due.key, kind: due.kind, subjectId }], skipDuplicates: true });
    if (count === 0) return false; // another instance or an earlier tick sent it
    const recipients = [
      ...(settings.mail
        ? (await postersOf(tx, due.kind === "incident-quiet" ? "incident" : "maintenance", subjectId)).map((e) => `email:${e}`)
        : []),
      ...(settings.adminWebhook ? [ADMIN_WEBHOOK_RECIPIENT] : []),
    ];
    if (recipients.length === 0) return true; // nobody posted and no webhook: remembered, so not looked at again
    const payload = reminderPayload(due, settings.quietMinutes);
    const notification = await tx.notification.create({
      data: { event: payload.event, payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue },
    });
    await tx.notificationDelivery.createMany({
      data: recipients.map((operatorRecipient) => ({ notificationId: notification.id, operatorRecipient })),
    });
    return true;
  });
}

/** The admins who wrote to it (created, updated, edited), read from the audit log: the people to nudge. */
async function postersOf(tx: Prisma.TransactionClient, entityType: string, entityId: string): Promise<string[]> {
  const entries = await tx.auditLog.findMany({
    where: { entityType, entityId, actorType: "user", actorId: { not: null } },
    select: { actorId: true },
    distinct: ["actorId"],
  });
  const ids = entries.map((e) => e.actorId!);
  if (ids.length === 0) return [];
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { email: true }, orderBy: { email: "asc" } });
  return users.map((u) => u.email);
}

function reminderPayload(due: DueReminder, quietMinutes: number): ReminderPayload {
  if (due.kind === "incident-quiet") {
    const { id, name, status, impact, lastUpdate } = due.incident;
    return {
      event: "reminder.incident_quiet",
      incident: { id, name, status, impact },
      lastUpdateAt: lastUpdate.postedAt.toISOString(),
      quietMinutes,
    };
  }
  const m = due.maintenance;
  return {
    event: "reminder.maintenance_starting",
    maintenance: { id: m.id, name: m.name, scheduledFor: m.scheduledFor.toISOString(), scheduledUntil: m.scheduledUntil.toISOString() },
  };
}
