import type { ComponentStatus, IncidentImpact, IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { Translations } from "@/lib/i18n/translated-text";

// What the outbox stores per event: a snapshot taken in the causing transaction, so a later edit can't change
// what a delayed delivery says. Dates are ISO strings (it is JSON).

export interface ConcernedComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  /** Set when this event changed the component's status. */
  oldStatus: ComponentStatus | null;
}

export interface UpdateSnapshot {
  id: string;
  status: string;
  body: string;
  /** Translations of the body by locale, as written with the update (lib/i18n). */
  bodyTranslations?: Translations;
  displayAt: string;
}

export type IncidentEvent = "incident.created" | "incident.updated" | "incident.resolved";
export type MaintenanceEvent = "maintenance.scheduled" | "maintenance.updated";

export type NotificationPayload =
  | {
      event: IncidentEvent;
      incident: { id: string; name: string; nameTranslations?: Translations; status: IncidentStatus; impact: IncidentImpact };
      update: UpdateSnapshot;
      components: ConcernedComponent[];
    }
  | {
      event: MaintenanceEvent;
      maintenance: {
        id: string;
        name: string;
        nameTranslations?: Translations;
        status: MaintenanceStatus;
        scheduledFor: string;
        scheduledUntil: string;
      };
      update: UpdateSnapshot;
      components: ConcernedComponent[];
    }
  | { event: "component.status_changed"; components: ConcernedComponent[] }
  // An admin checks that a subscriber's channel works (lib/subscriptions/send-test.ts).
  | { event: "subscription.test"; components: [] }
  // Sent to one subscriber: the double opt-in link, or the manage link when they are already confirmed.
  | { event: "subscription.confirm"; alreadyConfirmed: boolean; components: [] };

export type NotificationEventName = NotificationPayload["event"];
