import { bodyOf, componentLines, headline, pageLink, type Words, windowOf } from "../describe";
import type { NotificationPayload } from "../payload";

// One event as every chat and push channel shows it, before each platform's own markup and escaping.

export type EventPayload = Exclude<NotificationPayload, { event: "subscription.confirm" }>;

export interface Notice {
  pageName: string;
  title: string;
  /** Impact, status and maintenance window, as label and value. */
  facts: { name: string; value: string }[];
  body: string;
  components: string[];
  link: string;
  /** The link's text ("View on the status page") in the subscriber's language. */
  linkText: string;
  /** How loud a push should be: a major outage rings, a resolution whispers. */
  urgency: "high" | "default" | "low";
}

export interface NoticePage {
  name: string;
  url: string;
  timeZone: string;
}

/** The notice in the subscriber's language (`words`). */
export function noticeOf(payload: EventPayload, page: NoticePage, words: Words): Notice {
  const { t } = words;
  const facts: Notice["facts"] = [];
  if ("incident" in payload) {
    facts.push({ name: t("notifications.impact"), value: t(`status.impact.${payload.incident.impact}`) });
    facts.push({ name: t("notifications.status"), value: t(`status.incident.${payload.incident.status}`) });
  }
  if ("maintenance" in payload) {
    facts.push({ name: t("notifications.status"), value: t(`status.maintenance.${payload.maintenance.status}`) });
    const window = windowOf(payload, page.timeZone, words);
    if (window) facts.push({ name: t("notifications.windowFact"), value: `${window.from} – ${window.to}` });
  }
  return {
    pageName: page.name,
    title: headline(payload, words),
    facts,
    body: bodyOf(payload, words),
    components: componentLines(payload.components, words),
    link: pageLink(payload, page.url, words),
    linkText: words.t("notifications.viewOnPage"),
    urgency: urgencyOf(payload),
  };
}

function urgencyOf(payload: EventPayload): Notice["urgency"] {
  if (payload.event === "incident.resolved" || payload.event === "maintenance.updated") return "low";
  if ("incident" in payload && (payload.incident.impact === "critical" || payload.incident.impact === "major")) return "high";
  return "default";
}
