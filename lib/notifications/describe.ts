import { maintenancePath } from "@/lib/core/public-paths";
import { COMPONENT_STATUS_LABEL, INCIDENT_STATUS_LABEL, MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { ConcernedComponent, NotificationPayload } from "./payload";

// The words every channel (email, Slack, Discord) uses for an event, so they all say the same thing.

type EventPayload = Exclude<NotificationPayload, { event: "subscription.confirm" }>;

export function headline(payload: EventPayload): string {
  switch (payload.event) {
    case "incident.created":
      return `New incident: ${payload.incident.name}`;
    case "incident.updated":
    case "incident.resolved":
      return `${payload.incident.name}: ${INCIDENT_STATUS_LABEL[payload.incident.status]}`;
    case "maintenance.scheduled":
      return `Scheduled maintenance: ${payload.maintenance.name}`;
    case "maintenance.updated":
      return `${payload.maintenance.name}: maintenance ${MAINTENANCE_STATUS_LABEL[payload.maintenance.status].toLowerCase()}`;
    case "component.status_changed": {
      const [component] = payload.components;
      return `${component.name} is now ${COMPONENT_STATUS_LABEL[component.status].toLowerCase()}`;
    }
  }
}

/** Where a reader sees the event on the page. */
export function pageLink(payload: EventPayload, baseUrl: string): string {
  if ("incident" in payload) return `${baseUrl}/incidents/${payload.incident.id}`;
  if ("maintenance" in payload) return `${baseUrl}${maintenancePath(payload.maintenance.id)}`;
  return `${baseUrl}/`;
}

/** The update's text, or for a status change its before and after. */
export function bodyOf(payload: EventPayload): string {
  if ("update" in payload) return payload.update.body;
  const [c] = payload.components;
  return `${c.name} changed from ${COMPONENT_STATUS_LABEL[c.oldStatus ?? c.status]} to ${COMPONENT_STATUS_LABEL[c.status]}.`;
}

export function componentLines(components: ConcernedComponent[]): string[] {
  return components.map((c) =>
    c.oldStatus
      ? `${c.name}: ${COMPONENT_STATUS_LABEL[c.oldStatus]} → ${COMPONENT_STATUS_LABEL[c.status]}`
      : `${c.name}: ${COMPONENT_STATUS_LABEL[c.status]}`,
  );
}

export function windowLine(payload: EventPayload, timeZone: string): string | null {
  if (!("maintenance" in payload)) return null;
  const format = (iso: string) =>
    new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone, timeZoneName: "short" }).format(new Date(iso));
  return `Window: ${format(payload.maintenance.scheduledFor)} – ${format(payload.maintenance.scheduledUntil)}`;
}
