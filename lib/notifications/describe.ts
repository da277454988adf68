import { maintenancePath } from "@/lib/core/public-paths";
import type { Locale } from "@/lib/i18n/locales";
import { shownBody, shownName } from "@/lib/i18n/translated-text";
import type { Translator } from "@/lib/i18n/translator";
import type { ConcernedComponent, NotificationPayload } from "./payload";

// The words every channel (email, Slack, Discord, chat) uses for an event, so they all say the same thing, in the
// subscriber's language: texts from the messages, the incident's name and update in a translation where an admin
// wrote one, else the original.

type EventPayload = Exclude<NotificationPayload, { event: "subscription.confirm" }>;

/** A subscriber's language: the translator for it, and the language the page's texts were written in. */
export interface Words {
  t: Translator;
  locale: Locale;
  written: Locale;
}

function nameOf(subject: { name: string; nameTranslations?: Partial<Record<Locale, string>> | null }, words: Words): string {
  return shownName(subject, words.written, words.locale).text;
}

export function headline(payload: EventPayload, words: Words): string {
  const { t } = words;
  switch (payload.event) {
    case "incident.created":
      return t("notifications.incidentCreated", { name: nameOf(payload.incident, words) });
    case "incident.updated":
    case "incident.resolved":
      return t("notifications.incidentStatus", {
        name: nameOf(payload.incident, words),
        status: t(`status.incident.${payload.incident.status}`),
      });
    case "maintenance.scheduled":
      return t("notifications.maintenanceScheduled", { name: nameOf(payload.maintenance, words) });
    case "maintenance.updated":
      return t("notifications.maintenanceUpdated", {
        name: nameOf(payload.maintenance, words),
        status: t("status.maintenanceInSentence", { status: payload.maintenance.status }),
      });
    case "component.status_changed": {
      const [component] = payload.components;
      return t("notifications.componentNow", {
        component: component.name,
        status: t("status.componentInSentence", { status: component.status }),
      });
    }
    case "subscription.test":
      return t("notifications.test");
  }
}

/** Where a reader sees the event on the page, in the subscriber's language (the page's own needs no ?lang). */
export function pageLink(payload: EventPayload, baseUrl: string, words?: Words): string {
  const lang = words && words.locale !== words.written ? `?lang=${words.locale}` : "";
  if ("incident" in payload) return `${baseUrl}/incidents/${payload.incident.id}${lang}`;
  if ("maintenance" in payload) return `${baseUrl}${maintenancePath(payload.maintenance.id)}${lang}`;
  return `${baseUrl}/${lang}`;
}

/** The update's text (translated where it was), or for a status change its before and after. */
export function bodyOf(payload: EventPayload, words: Words): string {
  const { t } = words;
  if ("update" in payload) return shownBody(payload.update, words.written, words.locale).text;
  if (payload.event === "subscription.test") return t("notifications.testBody");
  const [c] = payload.components;
  return t("notifications.componentChanged", {
    component: c.name,
    from: t(`status.component.${c.oldStatus ?? c.status}`),
    to: t(`status.component.${c.status}`),
  });
}

export function componentLines(components: ConcernedComponent[], { t }: Words): string[] {
  return components.map((c) =>
    c.oldStatus
      ? `${c.name}: ${t(`status.component.${c.oldStatus}`)} → ${t(`status.component.${c.status}`)}`
      : t("notifications.componentLine", { component: c.name, status: t(`status.component.${c.status}`) }),
  );
}

/** The maintenance window's two ends, in the page's time zone and the subscriber's way of writing dates. */
export function windowOf(payload: EventPayload, timeZone: string, words: Words): { from: string; to: string } | null {
  if (!("maintenance" in payload)) return null;
  return {
    from: formatWhen(payload.maintenance.scheduledFor, timeZone, words.locale),
    to: formatWhen(payload.maintenance.scheduledUntil, timeZone, words.locale),
  };
}

export function windowLine(payload: EventPayload, timeZone: string, words: Words): string | null {
  const window = windowOf(payload, timeZone, words);
  return window ? words.t("notifications.window", window) : null;
}

/** "3 Jan 2026, 14:00 UTC" in the page's time zone (Intl refuses dateStyle with timeZoneName, so fields are named). */
export function formatWhen(iso: string, timeZone: string, locale: string = "en-GB"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
