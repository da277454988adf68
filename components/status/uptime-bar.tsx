"use client";
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatPercent } from "./format-percent";
import { DAY_LEVEL_LABEL } from "./status-style";
import { type CompactUptimeDays, type UptimeBarDay, uptimeBarDay, uptimeBarLevels } from "./uptime-bar-days";

function describeDay(day: UptimeBarDay) {
  const uptime = day.uptimePercent === null ? "no data" : `${formatPercent(day.uptimePercent)} uptime`;
  const incidents = day.incidents.length ? ` — ${day.incidents.join("; ")}` : "";
  return `${day.date}: ${uptime}${incidents}`;
}

/**
 * One bar a day; hover, focus or arrow keys show the day's uptime and incidents. The bars' look (colour per
 * `data-level`, bars older than 60 / 30 days hidden on small screens) is `.uptime-days` in app/globals.css.
 */
export function UptimeBar({ componentName, days, summary }: { componentName: string; days: CompactUptimeDays; summary: string }) {
  const [active, setActive] = useState<number | null>(null);
  const levels = useMemo(() => uptimeBarLevels(days), [days]);
  const activeDay = active === null ? null : uptimeBarDay(days, active);
  const bars = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const [tooltipLeft, setTooltipLeft] = useState(0);

  // The tooltip sits over the day it describes, slid sideways as little as needed to stay inside the row.
  useLayoutEffect(() => {
    const bar = active === null ? null : (bars.current?.children[active] as HTMLElement | undefined);
    if (!bar || !bars.current || !tooltip.current) return;
    const row = bars.current.getBoundingClientRect();
    const day = bar.getBoundingClientRect();
    const width = tooltip.current.offsetWidth;
    const centred = day.left - row.left + day.width / 2 - width / 2;
    setTooltipLeft(Math.max(0, Math.min(row.width - width, centred)));
  }, [active]);

  // Days hidden on a small screen (CSS) are skipped by the arrow keys too.
  function firstShownDay(): number {
    const children = Array.from(bars.current?.children ?? []);
    const index = children.findIndex((child) => child.getClientRects().length > 0);
    return Math.max(0, index);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const step = event.key === "ArrowLeft" ? -1 : 1;
    const first = firstShownDay();
    setActive((current) => Math.min(levels.length - 1, Math.max(first, (current ?? levels.length - 1) + (current === null ? 0 : step))));
  }

  return (
    <div className="relative">
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable group of days read with the arrow keys; no native element does that */}
      <div
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the arrow keys make it interactive (onKeyDown)
        tabIndex={0}
        role="group"
        aria-label={`${componentName}: ${summary}. Use the arrow keys to read each day.`}
        ref={bars}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onMouseLeave={() => setActive(null)}
        className="uptime-days flex h-8 gap-[2px] rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        {levels.map((level, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a day's position is its identity, and the list never reorders
          // biome-ignore lint/a11y/noStaticElementInteractions: hover only mirrors the keyboard's reading of a day
          <div key={index} data-level={level} data-active={active === index || undefined} onMouseEnter={() => setActive(index)} />
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {activeDay ? describeDay(activeDay) : ""}
      </p>
      {activeDay && (
        <div
          ref={tooltip}
          role="tooltip"
          style={{ left: tooltipLeft }}
          className="pointer-events-none absolute bottom-full z-10 mb-2 w-64 max-w-full rounded-lg border border-zinc-200 bg-white p-3 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-800"
        >
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">{activeDay.date}</p>
          <p className="text-zinc-600 dark:text-zinc-300">
            {activeDay.uptimePercent === null ? "No data" : `${formatPercent(activeDay.uptimePercent)} uptime`} ·{" "}
            {DAY_LEVEL_LABEL[activeDay.level]}
          </p>
          {activeDay.incidents.length > 0 && (
            <ul className="mt-1 list-disc pl-4 text-zinc-700 dark:text-zinc-200">
              {activeDay.incidents.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
