import { useTranslations } from "next-intl";
import { TranslatedMarkdown } from "@/components/i18n/translated-markdown";
import { LocalTime } from "@/components/time/local-time";
import type { ReaderLanguage } from "@/lib/i18n/reader-language";
import type { MaintenanceUpdateView } from "@/lib/maintenance/queries";

/** The maintenance's updates, newest first, each with its status, time and words. */
export function MaintenanceTimeline({
  updates,
  timeZone,
  language,
}: {
  updates: MaintenanceUpdateView[];
  timeZone: string;
  /** The public page's reader: translated texts where they exist. */
  language?: ReaderLanguage;
}) {
  const t = useTranslations();
  return (
    <ol aria-label={t("maintenance.updatesLabel")} className="relative space-y-6 border-s-2 border-zinc-200 ps-6 dark:border-zinc-800">
      {updates.map((update) => (
        <li key={update.id} className="relative" data-update-status={update.status}>
          <span
            aria-hidden
            className="absolute -start-[31px] top-1.5 size-3 rounded-full border-2 border-white bg-sky-500 dark:border-zinc-950"
          />
          <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{t(`status.maintenance.${update.status}`)}</h3>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            <LocalTime iso={update.displayAt.toISOString()} pageTimeZone={timeZone} />
          </p>
          <TranslatedMarkdown className="mt-2" update={update} language={language} />
        </li>
      ))}
    </ol>
  );
}
