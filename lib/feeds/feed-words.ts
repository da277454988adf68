import { INCIDENT_STATUS_LABEL, MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { IncidentStatus, MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { statusTitleIn, translatorFor } from "@/lib/i18n/translator";
import { statusTitle } from "@/lib/text/status-title";

// The words the history feeds and the maintenance calendar are written in, besides the incidents' own texts
// (lib/public-model/model-in-language.ts translates those): titles, status labels, the calendar's descriptions.

export interface FeedWords {
  /** BCP 47, for the calendar's PRODID and the feeds' language. */
  locale: string;
  historyTitle: (pageName: string) => string;
  incidentStatus: Record<IncidentStatus, string>;
  maintenanceStatus: Record<MaintenanceStatus, string>;
  /** An update that kept its status ("Update"). */
  update: string;
  scheduledEvent: (window: string) => string;
  calendarDescription: (pageName: string) => string;
  calendarProduct: string;
  calendarStatus: (status: string) => string;
  calendarRepeats: (rule: string, timeZone: string) => string;
  affectedComponents: (components: string) => string;
  latestUpdate: (status: string, body: string) => string;
}

export const ENGLISH_FEED_WORDS: FeedWords = {
  locale: "en",
  historyTitle: (pageName) => statusTitle(pageName, "history"),
  incidentStatus: INCIDENT_STATUS_LABEL,
  maintenanceStatus: MAINTENANCE_STATUS_LABEL,
  update: "Update",
  scheduledEvent: (window) => `THIS IS A SCHEDULED EVENT ${window}`,
  calendarDescription: (pageName) => `Scheduled maintenance for ${pageName}`,
  calendarProduct: "Maintenance calendar",
  calendarStatus: (status) => `Status: ${status}`,
  calendarRepeats: (rule, timeZone) => `Repeats: ${rule} (${timeZone})`,
  affectedComponents: (components) => `Affected components: ${components}`,
  latestUpdate: (status, body) => `Latest update (${status}): ${body}`,
};

const INCIDENT_STATUSES = Object.keys(INCIDENT_STATUS_LABEL) as IncidentStatus[];
const MAINTENANCE_STATUSES = Object.keys(MAINTENANCE_STATUS_LABEL) as MaintenanceStatus[];

const wordsByLocale = new Map<Locale, Promise<FeedWords>>();

/** The feeds' words in `locale`, made once per language and process. */
export function feedWordsIn(locale: Locale): Promise<FeedWords> {
  let words = wordsByLocale.get(locale);
  if (!words) {
    words = translatorFor(locale).then((t) => ({
      locale,
      historyTitle: (pageName) => statusTitleIn(t, pageName, "history"),
      incidentStatus: Object.fromEntries(INCIDENT_STATUSES.map((s) => [s, t(`status.incident.${s}`)])) as FeedWords["incidentStatus"],
      maintenanceStatus: Object.fromEntries(
        MAINTENANCE_STATUSES.map((s) => [s, t(`status.maintenance.${s}`)]),
      ) as FeedWords["maintenanceStatus"],
      update: t("status.update"),
      scheduledEvent: (window) => t("feeds.scheduledEvent", { window }),
      calendarDescription: (pageName) => t("feeds.calendarDescription", { pageName }),
      calendarProduct: t("feeds.calendarProduct"),
      calendarStatus: (status) => t("feeds.calendarStatus", { status }),
      calendarRepeats: (rule, timeZone) => t("feeds.calendarRepeats", { rule, timeZone }),
      affectedComponents: (components) => t("feeds.affectedComponents", { components }),
      latestUpdate: (status, body) => t("feeds.calendarLatestUpdate", { status, body }),
    }));
    wordsByLocale.set(locale, words);
  }
  return words;
}
