import { formatPercent } from "@/components/status/format-percent";
import type { UptimeWindows } from "@/lib/status/public-uptime";

const WINDOWS = [
  ["24h", "24 h"],
  ["7d", "7 d"],
  ["30d", "30 d"],
  ["90d", "90 d"],
] as const;

/** A component's uptime over the last 24 hours, 7, 30 and 90 days, in one short line. */
export function UptimeWindowsLine({ windows, componentName }: { windows: UptimeWindows; componentName: string }) {
  return (
    <dl
      aria-label={`${componentName} uptime by period`}
      className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600 dark:text-zinc-400"
    >
      {WINDOWS.map(([key, label]) => (
        <div key={key} className="flex gap-1" data-window={key}>
          <dt>{label}</dt>
          <dd className="font-medium tabular-nums text-zinc-800 dark:text-zinc-200">
            {windows[key] === null ? "—" : formatPercent(windows[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
