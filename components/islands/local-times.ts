import { formatInstant, formatRelative, type InstantStyle } from "@/lib/time/format";

// Times rendered in the page's zone, shown in the reader's; relative times ("2 hours ago") kept correct.

const RELATIVE_TICK_MS = 30_000;
let ticking = false;

export function enhanceLocalTimes(root: ParentNode) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = pageLocale();
  for (const time of root.querySelectorAll<HTMLTimeElement>("time[data-local-style]")) {
    time.textContent = formatInstant(new Date(time.dateTime), time.dataset.localStyle as InstantStyle, zone, locale);
  }
  updateRelativeTimes();
  if (!ticking && document.querySelector("time[data-relative]")) {
    ticking = true;
    setInterval(updateRelativeTimes, RELATIVE_TICK_MS);
  }
}

function updateRelativeTimes() {
  const now = new Date();
  for (const time of document.querySelectorAll<HTMLTimeElement>("time[data-relative]")) {
    time.textContent = formatRelative(new Date(time.dateTime), now, pageLocale());
  }
}

/** The page's language (its <html lang>, lib/i18n): times read as the rest of the page. */
function pageLocale(): string {
  return document.documentElement.lang || "en";
}
