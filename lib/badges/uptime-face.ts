import { BADGE_COLOR, type BadgeFace, neutralFace } from "./badge-palette";

// Thresholds as uptime is usually judged: three nines is healthy, under 95 % is an outage-grade month.
const UPTIME_THRESHOLDS: readonly { min: number; color: string }[] = [
  { min: 99.9, color: BADGE_COLOR.operational },
  { min: 99, color: BADGE_COLOR.degraded },
  { min: 95, color: BADGE_COLOR.partial_outage },
  { min: 0, color: BADGE_COLOR.major_outage },
];

/** "100%" for a perfect score, two decimals otherwise: the same figure the public page's uptime bar shows. */
export function formatUptime(percent: number): string {
  return `${percent === 100 ? "100" : percent.toFixed(2)}%`;
}

export function uptimeColor(percent: number): string {
  return (UPTIME_THRESHOLDS.find((t) => percent >= t.min) ?? UPTIME_THRESHOLDS[UPTIME_THRESHOLDS.length - 1]).color;
}

/** The uptime badge's face; grey "no data" when nothing was observed in the window. */
export function uptimeFace(label: string, percent: number | null): BadgeFace {
  if (percent === null) return neutralFace(label, "no data");
  return { label, message: formatUptime(percent), color: uptimeColor(percent) };
}
