import { IMPACT_LABEL, INCIDENT_STATUS_LABEL, MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { bodyOf, componentLines, headline, pageLink, windowLine } from "../describe";
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
  /** How loud a push should be: a major outage rings, a resolution whispers. */
  urgency: "high" | "default" | "low";
}

export interface NoticePage {
  name: string;
  url: string;
  timeZone: string;
}

export function noticeOf(payload: EventPayload, page: NoticePage): Notice {
  const facts: Notice["facts"] = [];
  if ("incident" in payload) {
    facts.push({ name: "Impact", value: IMPACT_LABEL[payload.incident.impact] });
    facts.push({ name: "Status", value: INCIDENT_STATUS_LABEL[payload.incident.status] });
  }
  if ("maintenance" in payload) {
    facts.push({ name: "Status", value: MAINTENANCE_STATUS_LABEL[payload.maintenance.status] });
    const window = windowLine(payload, page.timeZone);
    if (window) facts.push({ name: "Window", value: window.replace(/^Window: /, "") });
  }
  return {
    pageName: page.name,
    title: headline(payload),
    facts,
    body: bodyOf(payload),
    components: componentLines(payload.components),
    link: pageLink(payload, page.url),
    urgency: urgencyOf(payload),
  };
}

function urgencyOf(payload: EventPayload): Notice["urgency"] {
  if (payload.event === "incident.resolved" || payload.event === "maintenance.updated") return "low";
  if ("incident" in payload && (payload.incident.impact === "critical" || payload.incident.impact === "major")) return "high";
  return "default";
}
