import { formatPercent } from "@/components/status/format-percent";
import { type CompactUptimeDays, type UptimeBarDay, uptimeBarDay } from "@/components/status/uptime-bar-days";
import { ENGLISH_UPTIME_BAR_WORDS, fillWords, type UptimeBarWords } from "@/components/status/uptime-bar-words";

// The uptime bar's tooltip: hover, focus or the arrow keys show a day's uptime and incidents (components/status/uptime-bar.tsx
// renders the bars as one painted element and carries the days in data-days). The day under the pointer is found
// from its position: the element shows the last `--uptime-shown` days (app/globals.css), equally wide.

const TOOLTIP_CLASS =
  "pointer-events-none absolute bottom-full z-10 mb-2 w-64 max-w-full rounded-lg border border-zinc-200 bg-white p-3 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-800";

const pageLang = () => document.documentElement.lang || "en";

function uptimeOf(day: UptimeBarDay, words: UptimeBarWords) {
  return day.uptimePercent === null
    ? words.noData
    : fillWords(words.percentUptime, { percent: formatPercent(day.uptimePercent, pageLang()) });
}

function describeDay(day: UptimeBarDay, words: UptimeBarWords) {
  const description = fillWords(words.dayDescription, { date: day.date, uptime: uptimeOf(day, words) });
  return day.incidents.length ? fillWords(words.dayIncidents, { description, incidents: day.incidents.join("; ") }) : description;
}

/** The words the server wrote for this page's language; English on a page without them. */
function wordsNear(bars: HTMLElement): UptimeBarWords {
  const written = bars.closest<HTMLElement>("[data-uptime-words]")?.dataset.uptimeWords;
  try {
    return written ? (JSON.parse(written) as UptimeBarWords) : ENGLISH_UPTIME_BAR_WORDS;
  } catch {
    return ENGLISH_UPTIME_BAR_WORDS;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function tooltipOf(day: UptimeBarDay, words: UptimeBarWords): HTMLElement {
  const tooltip = element("div", TOOLTIP_CLASS);
  tooltip.setAttribute("role", "tooltip");
  tooltip.append(
    element("p", "font-semibold text-zinc-900 dark:text-zinc-100", day.date),
    element("p", "text-zinc-600 dark:text-zinc-300", `${uptimeOf(day, words)} · ${words.levels[day.level]}`),
  );
  if (day.incidents.length) {
    const list = element("ul", "mt-1 list-disc ps-4 text-zinc-700 dark:text-zinc-200");
    for (const name of day.incidents) list.append(element("li", "", name));
    tooltip.append(list);
  }
  return tooltip;
}

/** The days the bars show now (30, 60 or 90 by the screen's width): the oldest one's index and one day's width. */
function shownDays(painted: HTMLElement, total: number) {
  const shown = Math.min(total, Math.max(1, Number(getComputedStyle(painted).getPropertyValue("--uptime-shown")) || total));
  return { first: total - shown, dayWidth: painted.getBoundingClientRect().width / shown };
}

function enhanceBar(bars: HTMLElement) {
  const days = JSON.parse(bars.dataset.days ?? "null") as CompactUptimeDays | null;
  const painted = bars.firstElementChild as HTMLElement | null;
  const row = bars.parentElement;
  const live = row?.querySelector<HTMLElement>("[aria-live]");
  if (!days || !painted || !row || !live) return;
  const total = days.levels.length;
  const words = wordsNear(bars);
  const lang = pageLang();
  const rightToLeft = () => getComputedStyle(bars).direction === "rtl";
  const marker = element("span", "");
  marker.dataset.activeDay = "";
  let active: number | null = null;
  let tooltip: HTMLElement | null = null;

  function show(index: number | null) {
    tooltip?.remove();
    tooltip = null;
    active = index;
    if (index === null) {
      marker.remove();
      live!.textContent = "";
      return;
    }
    const day = uptimeBarDay(days!, index, lang);
    const { first, dayWidth } = shownDays(painted!, total);
    const box = painted!.getBoundingClientRect();
    const fromStart = (index - first) * dayWidth;
    const left = rightToLeft() ? box.width - fromStart - dayWidth : fromStart;
    marker.style.left = `${left}px`;
    marker.style.width = `${dayWidth}px`;
    painted!.append(marker);
    live!.textContent = describeDay(day, words);
    tooltip = tooltipOf(day, words);
    row!.append(tooltip);
    // Over the day it describes, slid sideways as little as needed to stay inside the row.
    const centred = left + dayWidth / 2 - tooltip.offsetWidth / 2;
    tooltip.style.left = `${Math.max(0, Math.min(box.width - tooltip.offsetWidth, centred))}px`;
  }

  bars.addEventListener("mousemove", (event) => {
    const { first, dayWidth } = shownDays(painted, total);
    const box = painted.getBoundingClientRect();
    const fromStart = rightToLeft() ? box.right - event.clientX : event.clientX - box.left;
    const index = Math.min(total - 1, Math.max(first, first + Math.floor(fromStart / dayWidth)));
    if (index !== active) show(index);
  });
  bars.addEventListener("mouseleave", () => show(null));
  bars.addEventListener("blur", () => show(null));
  bars.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    // Older days lie towards the start edge (the right in a right-to-left page); days not shown are skipped.
    const towardsStart = event.key === (rightToLeft() ? "ArrowRight" : "ArrowLeft");
    const { first } = shownDays(painted, total);
    const next = active === null ? total - 1 : active + (towardsStart ? -1 : 1);
    show(Math.min(total - 1, Math.max(first, next)));
  });
}

export function enhanceUptimeBars(root: ParentNode) {
  for (const bars of root.querySelectorAll<HTMLElement>("[data-days]")) enhanceBar(bars);
}
