import { useTranslations } from "next-intl";
import { type CompactUptimeDays, uptimeBarsMarkup } from "./uptime-bar-days";

/**
 * One bar a day; hover, focus or arrow keys show the day's uptime and incidents (the uptime-bars island,
 * components/islands/uptime-bars.ts, reads the days from data-days). The bars' look (colour per `data-level`, bars
 * older than 60 / 30 days hidden on small screens) is `.uptime-days` in app/globals.css.
 */
export function UptimeBar({ componentName, days, summary }: { componentName: string; days: CompactUptimeDays; summary: string }) {
  const t = useTranslations("uptime");
  return (
    <div className="relative">
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable group of days read with the arrow keys; no native element does that */}
      <div
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the arrow keys make it interactive (the island)
        tabIndex={0}
        role="group"
        aria-label={t("barLabel", { component: componentName, summary })}
        data-days={JSON.stringify(days)}
        className="uptime-days flex h-8 gap-[2px] rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        // The same markup React would write for 90 elements, as one string: at 200 components React's work on
        // 18,000 elements (twice: the RSC payload, then HTML) was most of the status page's render after a change.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the only values are day levels from a fixed list
        dangerouslySetInnerHTML={{ __html: uptimeBarsMarkup(days) }}
      />
      <p aria-live="polite" className="sr-only" />
    </div>
  );
}
