import { useLocale, useTranslations } from "next-intl";
import { formatPercent } from "@/components/status/format-percent";
import type { UptimeWindows } from "@/lib/status/public-uptime";

const WINDOWS = [
  ["24h", 24, "hour"],
  ["7d", 7, "day"],
  ["30d", 30, "day"],
  ["90d", 90, "day"],
] as const;

// Four labels per language, made once: each component's line shows them, and making a formatter costs far more
// than the line.
const labels = new Map<string, string>();

/** "24 hr", "7 days" in English, "24 Std.", "7 Tg." in German, "24 時間", "7 日" in Japanese: the language's own short units. */
function windowLabel(locale: string, amount: number, unit: "hour" | "day") {
  const key = `${locale} ${amount} ${unit}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(amount);
    labels.set(key, label);
  }
  return label;
}

/** A component's uptime over the last 24 hours, 7, 30 and 90 days, in one short line. */
export function UptimeWindowsLine({ windows, componentName }: { windows: UptimeWindows; componentName: string }) {
  const t = useTranslations("uptime");
  const locale = useLocale();
  return (
    <dl
      aria-label={t("windowsLabel", { component: componentName })}
      className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600 dark:text-zinc-400"
    >
      {WINDOWS.map(([key, amount, unit]) => (
        <div key={key} className="flex gap-1" data-window={key}>
          <dt>{windowLabel(locale, amount, unit)}</dt>
          <dd className="font-medium tabular-nums text-zinc-800 dark:text-zinc-200">
            {windows[key] === null ? "—" : formatPercent(windows[key], locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
