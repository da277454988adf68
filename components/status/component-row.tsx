import { useLocale, useTranslations } from "next-intl";
import { ResponseTimePanel } from "@/components/monitors/response-time-panel";
import { UptimeWindowsLine } from "@/components/monitors/uptime-windows";
import type { ComponentView } from "@/lib/status/queries";
import { summarizeUptime } from "@/lib/status/uptime";
import { ComponentStatusLabel } from "./component-status-label";
import { formatPercent } from "./format-percent";
import { LocationResults } from "./location-results";
import { ThirdPartyNote } from "./third-party-note";
import { UptimeBar } from "./uptime-bar";
import { compactUptimeDays } from "./uptime-bar-days";

export function ComponentRow({ component }: { component: ComponentView }) {
  const t = useTranslations("uptime");
  const locale = useLocale();
  const figure = (percent: number | null) =>
    percent === null ? t("noData") : t("percentUptime", { percent: formatPercent(percent, locale) });
  const uptimeFigure = (days: ComponentView["days"]) => figure(summarizeUptime(days));
  const summary =
    component.uptimePercent === null
      ? t("noDataYet")
      : t("summary", { percent: formatPercent(component.uptimePercent, locale), days: component.days.length });
  return (
    <li className="px-4 py-4 sm:px-5" data-component={component.name}>
      <div className="mb-2 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-medium text-zinc-900 dark:text-zinc-100">{component.name}</h3>
          {component.description && <p className="text-xs text-zinc-600 dark:text-zinc-400">{component.description}</p>}
          {component.thirdParty && <ThirdPartyNote thirdParty={component.thirdParty} />}
        </div>
        <ComponentStatusLabel status={component.status} thirdParty={component.thirdParty} />
      </div>
      <UptimeBar componentName={component.name} summary={summary} days={compactUptimeDays(component.days)} />
      {/* As many days as bars: 30 on a phone, 60 on a small screen, all from md up (the CSS in app/globals.css). */}
      <div className="mt-1.5 flex justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="sm:hidden">{t("daysAgo", { count: 30 })}</span>
        <span className="hidden sm:inline md:hidden">{t("daysAgo", { count: 60 })}</span>
        <span className="hidden md:inline">{t("daysAgo", { count: component.days.length })}</span>
        <span className="sm:hidden">{uptimeFigure(component.days.slice(-30))}</span>
        <span className="hidden sm:inline md:hidden">{uptimeFigure(component.days.slice(-60))}</span>
        <span className="hidden md:inline">{figure(component.uptimePercent)}</span>
        <span>{t("today")}</span>
      </div>
      <UptimeWindowsLine windows={component.uptimeWindows} componentName={component.name} />
      {component.locations && <LocationResults componentName={component.name} locations={component.locations} />}
      {component.hasMonitors && <ResponseTimePanel componentId={component.id} componentName={component.name} />}
    </li>
  );
}
