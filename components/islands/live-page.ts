import {
  formatCheckedAt,
  hasPageChanged,
  LIVE_REFRESH_MS,
  type LiveStatus,
  liveStatusOf,
  liveStatusUrl,
  retryDelayMs,
  STORE_NOTICE_ID,
} from "@/components/live/live-status";

// Keeps an open page current: polls status.json (plain requests, so buffering proxies are no problem) and, when
// page.updated_at moves past the version the page was rendered from, fetches the page again and swaps its <main>.
// The footer says "Last updated 14:03:05", or "Live updates paused" while checks fail or the store is unreachable.

const NOTICE_CLASS =
  "border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100";

async function fetchLiveStatus(): Promise<LiveStatus> {
  // no-cache: the browser revalidates with its ETag, so an unchanged page costs a 304 and no JSON.
  const response = await fetch(liveStatusUrl(location.pathname), { cache: "no-cache", headers: { accept: "application/json" } });
  const status = liveStatusOf(response.status, await response.json().catch(() => null));
  if (!status) throw new Error(`status.json answered ${response.status}`);
  return status;
}

/**
 * The page again, as the server prepares it now: its <main> replaces the one shown. Returns the version it was
 * rendered from, which becomes the baseline: a page fetched before it showed the change is fetched again next time.
 */
async function refreshMain(enhance: (root: ParentNode) => void): Promise<string | null> {
  const response = await fetch(location.href, { cache: "no-cache", headers: { accept: "text/html" } });
  if (!response.ok) return null;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
  const next = fresh.querySelector("main");
  const shown = document.querySelector("main");
  if (!next || !shown) return null;
  shown.replaceWith(next);
  document.title = fresh.title;
  enhance(next);
  return fresh.querySelector<HTMLElement>("[data-live-updates]")?.dataset.renderedVersion || null;
}

function hourMinute(iso: string) {
  return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** "Status as of HH:MM — live updates paused" at the top, unless the server already put its own there. */
function showStoreNotice(asOf: string | null) {
  // Status pages only (their <main id="main">), not the widget.
  if (document.getElementById(STORE_NOTICE_ID) || !document.getElementById("main")) return;
  const notice = document.createElement("div");
  notice.id = STORE_NOTICE_ID;
  notice.setAttribute("role", "status");
  notice.className = NOTICE_CLASS;
  // The words in the page's language, from the footer's data-* (components/live/live-updates.tsx); English without them.
  const words = document.querySelector<HTMLElement>("[data-live-updates]")?.dataset ?? {};
  const paused = asOf
    ? (words.staleAsOf ?? "Status as of {asOf} — live updates paused.").replace("{asOf}", hourMinute(asOf))
    : (words.pausedSentence ?? "Live updates paused.");
  notice.textContent = `${paused} ${words.staleExplanation ?? "This page shows the last known state while the status store is unreachable."}`;
  document.body.prepend(notice);
}

function showClock(footer: HTMLElement, checkedAt: Date | null, failing: boolean) {
  footer.dataset.liveUpdates = failing ? "paused" : checkedAt ? "live" : "starting";
  const [announced] = footer.children;
  if (announced) announced.textContent = failing ? (footer.dataset.paused ?? "Live updates paused") : "";
  footer.querySelector("[data-checked]")?.remove();
  if (!checkedAt) return;
  const checked = document.createElement("span");
  checked.dataset.checked = "";
  const time = document.createElement("time");
  time.dateTime = checkedAt.toISOString();
  time.textContent = formatCheckedAt(checkedAt);
  checked.append(`${failing ? " · " : ""}${footer.dataset.label ?? "Last updated"} `, time);
  footer.append(checked);
}

export function enhanceLivePage(enhance: (root: ParentNode) => void) {
  const footers = Array.from(document.querySelectorAll<HTMLElement>("[data-live-updates]"));
  if (!footers.length) return;
  let seen = footers[0].dataset.renderedVersion || null;
  let checkedAt: Date | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function check() {
    clearTimeout(timer);
    let failing = false;
    try {
      const { version, storeUnreachable, staleAsOf, mirrorExportedAt } = await fetchLiveStatus();
      failures = 0;
      failing = storeUnreachable;
      if (storeUnreachable) {
        showStoreNotice(staleAsOf); // nothing new can arrive until the store is back
      } else {
        // On a static mirror the page is as current as its last export, not as the poll.
        checkedAt = mirrorExportedAt ? new Date(mirrorExportedAt) : new Date();
        const notice = document.getElementById(STORE_NOTICE_ID);
        notice?.remove(); // the notice from while the store was down
        // The baseline is the version the page in view was rendered from (its HTML says), never the poll's alone.
        const refreshed = notice || hasPageChanged(seen, version) ? await refreshMain(enhance).catch(() => null) : null;
        if (refreshed !== null) seen = refreshed;
        else if (seen === null && version !== null) seen = version;
      }
    } catch {
      failures += 1;
      failing = true;
    }
    // Queried again: the widget's clock sits inside the <main> a refresh replaces.
    for (const footer of document.querySelectorAll<HTMLElement>("[data-live-updates]")) showClock(footer, checkedAt, failing);
    timer = setTimeout(check, failures ? retryDelayMs(failures) : LIVE_REFRESH_MS);
  }

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void check();
  });
  void check();
}
