import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/i18n/stored-translations";
import type { Translations } from "@/lib/i18n/translated-text";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pagesShowingEvent } from "@/lib/page-selection/event-pages";
import { readPageSelections } from "@/lib/page-selection/read-selections";
import { audienceWhere } from "./audience";
import type { ConcernedComponent, NotificationPayload, UpdateSnapshot } from "./payload";
import { notifyEnqueued } from "./wake";

type Tx = Prisma.TransactionClient;
interface Change {
  componentId: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
}
interface PostedUpdate {
  id: string;
  status: string;
  body: string;
  bodyTranslations?: unknown;
  displayAt: Date;
  componentChanges?: Change[];
}

/** What a write tells the outbox, in the shapes the incident, maintenance and component mutations already have. */
export type NotificationTrigger =
  | {
      type: "incident.created" | "incident.updated";
      incident: { id: string; name: string; nameTranslations?: unknown; status: IncidentStatus; impact: IncidentImpact; draft?: boolean };
      update: PostedUpdate & { deliverNotifications: boolean };
    }
  | {
      type: "maintenance.scheduled" | "maintenance.updated";
      maintenance: {
        id: string;
        name: string;
        nameTranslations?: unknown;
        status: MaintenanceStatus;
        scheduledFor: Date;
        scheduledUntil: Date;
      };
      update: PostedUpdate;
    }
  | { type: "component.status_changed"; component: { id: string }; oldStatus: ComponentStatus };

/**
 * Writes the event and one delivery per confirmed subscriber it concerns, inside the caller's transaction: the
 * notification commits (or rolls back) with the change. Returns how many deliveries were queued.
 */
export async function enqueueNotifications(tx: Tx, trigger: NotificationTrigger): Promise<number> {
  if ("incident" in trigger && !trigger.update.deliverNotifications) return 0; // the admin chose "don't notify"
  if ("incident" in trigger && trigger.incident.draft) return 0; // a draft is told to subscribers when published
  const payload = await snapshot(tx, trigger);
  const componentIds = payload.components.map((c) => c.id);
  const components = await groupsOf(tx, componentIds);
  const groupIds = [...new Set(components.flatMap((c) => (c.groupId ? [c.groupId] : [])))];
  const following =
    "incident" in trigger && !(await endedBefore(tx, trigger.incident.id, trigger.update.id)) ? trigger.incident.id : undefined;
  const pageIds = pagesShowingEvent(await readPageSelections(tx), PAGE_SETTINGS_ID, {
    components,
    incidentId: "incident" in trigger ? trigger.incident.id : undefined,
  });
  const audience = await tx.subscriber.findMany({
    where: audienceWhere(componentIds, groupIds, following, pageIds),
    select: { id: true },
  });
  if (audience.length === 0) return 0;
  const notification = await tx.notification.create({ data: { event: payload.event, payload: toJson(payload) } });
  await tx.notificationDelivery.createMany({
    data: audience.map((s) => ({ notificationId: notification.id, subscriberId: s.id })),
  });
  notifyEnqueued();
  return audience.length;
}

/**
 * Whether the incident was already resolved before this update: a subscription to one incident ends with the update
 * that resolves it, so a later update (a reopening, a typo fix) does not reach it.
 */
async function endedBefore(tx: Tx, incidentId: string, updateId: string): Promise<boolean> {
  const earlier = await tx.incidentUpdate.count({ where: { incidentId, status: "resolved", id: { not: updateId } } });
  return earlier > 0;
}

/** Queues a message for one subscriber whatever their scope or confirmation (the double opt-in mail). */
export async function enqueueForSubscriber(tx: Tx, subscriberId: string, payload: NotificationPayload): Promise<void> {
  const notification = await tx.notification.create({ data: { event: payload.event, payload: toJson(payload) } });
  await tx.notificationDelivery.create({ data: { notificationId: notification.id, subscriberId } });
  notifyEnqueued();
}

async function snapshot(tx: Tx, trigger: NotificationTrigger): Promise<NotificationPayload> {
  switch (trigger.type) {
    case "incident.created":
    case "incident.updated": {
      const { incident, update } = trigger;
      const links = await tx.incidentComponent.findMany({ where: { incidentId: incident.id }, select: { componentId: true } });
      const event =
        trigger.type === "incident.created" ? "incident.created" : update.status === "resolved" ? "incident.resolved" : "incident.updated";
      return {
        event,
        incident: {
          id: incident.id,
          name: incident.name,
          ...translationsOf("nameTranslations", incident.nameTranslations),
          status: incident.status,
          impact: incident.impact,
        },
        update: updateSnapshot(update),
        components: await concerned(
          tx,
          links.map((l) => l.componentId),
          update.componentChanges ?? [],
        ),
      };
    }
    case "maintenance.scheduled":
    case "maintenance.updated": {
      const { maintenance: m, update } = trigger;
      const links = await tx.maintenanceComponent.findMany({ where: { maintenanceId: m.id }, select: { componentId: true } });
      return {
        event: trigger.type,
        maintenance: {
          id: m.id,
          name: m.name,
          ...translationsOf("nameTranslations", m.nameTranslations),
          status: m.status,
          scheduledFor: m.scheduledFor.toISOString(),
          scheduledUntil: m.scheduledUntil.toISOString(),
        },
        update: updateSnapshot(update),
        components: await concerned(
          tx,
          links.map((l) => l.componentId),
          update.componentChanges ?? [],
        ),
      };
    }
    case "component.status_changed": {
      const component = await tx.component.findUniqueOrThrow({ where: { id: trigger.component.id } });
      const change = { componentId: component.id, oldStatus: trigger.oldStatus, newStatus: component.status };
      return { event: trigger.type, components: await concerned(tx, [component.id], [change]) };
    }
  }
}

function updateSnapshot(update: PostedUpdate): UpdateSnapshot {
  return {
    id: update.id,
    status: update.status,
    body: update.body,
    ...translationsOf("bodyTranslations", update.bodyTranslations),
    displayAt: update.displayAt.toISOString(),
  };
}

/** The translations in the snapshot too, so each subscriber's mail reads its language as of the event; none: no key. */
function translationsOf<K extends string>(key: K, column: unknown): Partial<Record<K, Translations>> {
  const translations = readTranslations(column);
  return translations ? ({ [key]: translations } as Record<K, Translations>) : {};
}

/** The linked and the changed components, by name, each with the change this event made to it. */
async function concerned(tx: Tx, linkedIds: string[], changes: Change[]): Promise<ConcernedComponent[]> {
  const ids = [...new Set([...linkedIds, ...changes.map((c) => c.componentId)])];
  if (ids.length === 0) return [];
  const rows = await tx.component.findMany({ where: { id: { in: ids } }, orderBy: [{ position: "asc" }, { name: "asc" }] });
  return rows.map((row) => {
    const change = changes.find((c) => c.componentId === row.id);
    return { id: row.id, name: row.name, status: change?.newStatus ?? row.status, oldStatus: change?.oldStatus ?? null };
  });
}

/** The event's components with their group: what decides its pages and its scoped subscribers. */
async function groupsOf(tx: Tx, componentIds: string[]): Promise<{ id: string; groupId: string | null }[]> {
  if (componentIds.length === 0) return [];
  return tx.component.findMany({ where: { id: { in: componentIds } }, select: { id: true, groupId: true } });
}

function toJson(payload: NotificationPayload): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue;
}
