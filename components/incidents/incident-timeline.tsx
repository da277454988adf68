import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { TranslatedMarkdown } from "@/components/i18n/translated-markdown";
import { LocalTime } from "@/components/time/local-time";
import type { ReaderLanguage } from "@/lib/i18n/reader-language";
import type { IncidentUpdateView } from "@/lib/incidents/queries";

/** The incident's updates, newest first, each with its status, time, words and component changes. */
export function IncidentTimeline({
  updates,
  timeZone,
  language,
  renderTools,
}: {
  updates: IncidentUpdateView[];
  timeZone: string;
  /** The public page's reader: translated texts where they exist (the admin passes none: it reads the originals). */
  language?: ReaderLanguage;
  /** Admin-only controls under each update (the public page passes none). */
  renderTools?: (update: IncidentUpdateView) => ReactNode;
}) {
  const t = useTranslations();
  return (
    <ol aria-label={t("incident.updatesLabel")} className="relative space-y-6 border-s-2 border-zinc-200 ps-6 dark:border-zinc-800">
      {updates.map((update) => (
        <li key={update.id} className="relative" data-update-status={update.status}>
          <span
            aria-hidden
            className="absolute -start-[31px] top-1.5 size-3 rounded-full border-2 border-white bg-zinc-400 dark:border-zinc-950"
          />
          <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{t(`status.incident.${update.status}`)}</h3>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            <LocalTime iso={update.displayAt.toISOString()} pageTimeZone={timeZone} />
          </p>
          <TranslatedMarkdown className="mt-2" update={update} language={language} />
          {update.componentChanges.length > 0 && (
            <ul className="mt-2 space-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
              {update.componentChanges.map((change) => (
                <li key={change.componentName}>
                  {t("incident.componentChange", {
                    component: change.componentName,
                    from: t(`status.component.${change.oldStatus}`),
                    to: t(`status.component.${change.newStatus}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          {renderTools?.(update)}
        </li>
      ))}
    </ol>
  );
}
