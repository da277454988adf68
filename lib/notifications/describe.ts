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
    case "subscription.test":
      return "Test message";
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
  if (payload.event === "subscription.test")
    return "An administrator sent this test message: this channel receives the page's updates. Nothing is wrong.";
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
  return `Window: ${formatWhen(payload.maintenance.scheduledFor, timeZone)} – ${formatWhen(payload.maintenance.scheduledUntil, timeZone)}`;
}

/** "3 Jan 2026, 14:00 UTC" in the page's time zone (Intl refuses dateStyle with timeZoneName, so fields are named). */
export function formatWhen(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
