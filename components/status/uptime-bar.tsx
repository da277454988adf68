import { useTranslations } from "next-intl";
import type { CSSProperties } from "react";
import { type CompactUptimeDays, uptimeBarsGradient } from "./uptime-bar-days";

/**
 * One bar a day, painted as one element: the days are a gradient of their levels' colours (uptimeBarsGradient),
 * cut into bars and trimmed to the last 60 / 30 days on small screens by `.uptime-days` in app/globals.css. Hover,
 * focus or the arrow keys show a day's uptime and incidents (the uptime-bars island, components/islands/uptime-bars.ts,
 * reads the days from data-days). At 200 components, 18,000 elements (twice: the RSC payload, then HTML) were a
 * third of the status page's bytes and most of its DOM.
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
        className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        {/* Painted apart from the focusable group: the mask that cuts the days would hide its focus outline. */}
        <div
          className="uptime-days relative h-8"
          style={{ backgroundImage: uptimeBarsGradient(days), "--uptime-total": days.levels.length } as CSSProperties}
        />
      </div>
      <p aria-live="polite" className="sr-only" />
    </div>
  );
}
