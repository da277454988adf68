import type { Locator } from "@playwright/test";
import { type CompactUptimeDays, uptimeBarLevels } from "@/components/status/uptime-bar-days";

// The uptime bars are one painted element per component (components/status/uptime-bar.tsx): its days are read from
// the data the page carries, and a day is pointed at where the bars paint it.

/** The focusable bars of the component named `component` (the group the arrow keys read). */
export function uptimeBarsOf(scope: Locator, component: string): Locator {
  const escaped = component.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.locator(`[data-component="${component}"]`).getByRole("group", { name: new RegExp(`^${escaped}:`) });
}

/** Each day's level, oldest first. */
export async function dayLevelsOf(bars: Locator) {
  return uptimeBarLevels(JSON.parse((await bars.getAttribute("data-days")) ?? "null") as CompactUptimeDays);
}

/** Moves the pointer over day `index` (with every day shown: a viewport of 768 px or wider). */
export async function hoverDay(bars: Locator, index: number, total: number) {
  const box = await bars.boundingBox();
  if (!box) throw new Error("the uptime bars are not on screen");
  await bars.hover({ position: { x: ((index + 0.5) * box.width) / total, y: box.height / 2 } });
}
