import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { type DayTotalsRow, dailyTotalsByComponent, last24hTotals, monitoredComponentIds } from "@/lib/monitors/check-totals";
import { type CheckTotals, checksUptimePercent, mergeMonitorDays, totalsByPageDay } from "@/lib/monitors/rollup-uptime";
import { dayKey } from "@/lib/time/days";
import { type DayUptime, type StatusChangePoint, summarizeUptime, uptimeSince } from "./uptime";

// The public page's uptime for monitored components: daily rollups for the bars, never 90 days of raw checks.

export interface MonitoredUptime {
  componentIds: Set<string>;
  dayTotals: Map<string, Map<string, CheckTotals>>;
  last24h: Map<string, CheckTotals>;
}

export type UptimeWindow = "24h" | "7d" | "30d" | "90d";
export type UptimeWindows = Record<UptimeWindow, number | null>;

const DAY_MS = 86_400_000;

export async function loadMonitoredUptime(
  db: PrismaClient,
  args: { windowStart: Date; now: Date; timeZone: string },
): Promise<MonitoredUptime> {
  // A day early: the UTC day that ends inside the page's first day can belong to it.
  const [componentIds, rows, last24h] = await Promise.all([
    monitoredComponentIds(db),
    dailyTotalsByComponent(db, new Date(args.windowStart.getTime() - DAY_MS)),
    last24hTotals(db, "component", args.now),
  ]);
  return monitoredUptimeFrom({ componentIds, dailyRows: rows, last24h, timeZone: args.timeZone });
}

/** The daily rollups by page day (in the page's time zone), per component. */
export function monitoredUptimeFrom(args: {
  componentIds: Set<string>;
  dailyRows: readonly DayTotalsRow[];
  last24h: Map<string, CheckTotals>;
  timeZone: string;
}): MonitoredUptime {
  const rowsByComponent = new Map<string, DayTotalsRow[]>();
  for (const row of args.dailyRows) {
    const own = rowsByComponent.get(row.componentId);
    if (own) own.push(row);
    else rowsByComponent.set(row.componentId, [row]);
  }
  // Every component's rollups share the same few days: each instant's zoned date is worked out once (zoned date
  // maths is slow; 200 components × 92 days asked for it 18,400 times per page).
  const keys = new Map<number, string>();
  const dayKeyOf = (instant: Date) => {
    let key = keys.get(instant.getTime());
    if (key === undefined) {
      key = dayKey(instant, args.timeZone);
      keys.set(instant.getTime(), key);
    }
    return key;
  };
  const dayTotals = new Map<string, Map<string, CheckTotals>>();
  for (const [id, own] of rowsByComponent) dayTotals.set(id, totalsByPageDay(own, dayKeyOf));
  return { componentIds: args.componentIds, dayTotals, last24h: args.last24h };
}

/**
 * One component's bars and uptime figures: from its monitors' checks where they ran, from its status history
 * otherwise. 7, 30 and 90 days sum the bars; 24 hours uses hourly rollups and this hour's checks.
 */
export function componentUptime(args: {
  componentId: string;
  historyDays: DayUptime[];
  changes: StatusChangePoint[];
  startDate: Date;
  monitored: MonitoredUptime;
  now: Date;
}): { days: DayUptime[]; hasMonitors: boolean; windows: UptimeWindows } {
  const { componentId, monitored, now } = args;
  const hasMonitors = monitored.componentIds.has(componentId);
  const days = hasMonitors ? mergeMonitorDays(args.historyDays, monitored.dayTotals.get(componentId) ?? new Map(), now) : args.historyDays;
  const checked = hasMonitors ? checksUptimePercent(monitored.last24h.get(componentId) ?? { checks: 0, failures: 0 }) : null;
  const from = new Date(now.getTime() - DAY_MS);
  return {
    days,
    hasMonitors,
    windows: {
      "24h": checked ?? uptimeSince({ changes: args.changes, startDate: args.startDate, from, now }),
      "7d": summarizeUptime(days.slice(-7)),
      "30d": summarizeUptime(days.slice(-30)),
      "90d": summarizeUptime(days),
    },
  };
}
