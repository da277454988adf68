"use client";
import { useState, type KeyboardEvent } from "react";
import { formatPercent } from "./format-percent";
import { DAY_LEVEL_BAR, DAY_LEVEL_LABEL } from "./status-style";

export interface UptimeBarDay {
  date: string; // formatted in the page's time zone
  level: keyof typeof DAY_LEVEL_BAR;
  uptimePercent: number | null;
  incidents: string[];
}

function describeDay(day: UptimeBarDay) {
  const uptime = day.uptimePercent === null ? "no data" : `${formatPercent(day.uptimePercent)} uptime`;
  const incidents = day.incidents.length ? ` — ${day.incidents.join("; ")}` : "";
  return `${day.date}: ${uptime}${incidents}`;
}

// Bars older than 60 / 30 days are hidden on small screens so each bar stays wide enough to point at.
function visibility(index: number, count: number) {
  const age = count - 1 - index;
  if (age >= 60) return "hidden md:block";
  if (age >= 30) return "hidden sm:block";
  return "block";
}

/** One bar a day; hover, focus or arrow keys show the day's uptime and incidents. */
export function UptimeBar({ componentName, days, summary }: { componentName: string; days: UptimeBarDay[]; summary: string }) {
  const [active, setActive] = useState<number | null>(null);
  const activeDay = active === null ? null : days[active];

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const step = event.key === "ArrowLeft" ? -1 : 1;
    setActive((current) => Math.min(days.length - 1, Math.max(0, (current ?? days.length - 1) + (current === null ? 0 : step))));
  }

  return (
    <div className="relative">
      <div
        tabIndex={0}
        role="group"
        aria-label={`${componentName}: ${summary}. Use the arrow keys to read each day.`}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onMouseLeave={() => setActive(null)}
        className="flex h-8 gap-[2px] rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        {days.map((day, index) => (
          <div
            key={index}
            data-level={day.level}
            onMouseEnter={() => setActive(index)}
            className={`${visibility(index, days.length)} h-full flex-1 rounded-[2px] ${DAY_LEVEL_BAR[day.level]} ${
              active === index ? "opacity-70" : ""
            }`}
          />
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {activeDay ? describeDay(activeDay) : ""}
      </p>
      {activeDay && (
        <div
          role="tooltip"
          className="pointer-events-none absolute bottom-full left-1/2 z-10 mb-2 w-64 -translate-x-1/2 rounded-lg border border-zinc-200 bg-white p-3 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-800"
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
