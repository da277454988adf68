"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import useSWR from "swr";
import {
  hasPageChanged,
  LIVE_REFRESH_MS,
  type LiveStatus,
  liveStatusOf,
  liveStatusUrl,
  retryDelayMs,
  STORE_NOTICE_ID,
} from "./live-status";

/** status.json's version and staleness; shared (by its SWR key) with the stale-status notice. */
export async function fetchLiveStatus(url: string): Promise<LiveStatus> {
  // no-cache: the browser revalidates with its ETag, so an unchanged page costs a 304 and no JSON.
  const response = await fetch(url, { cache: "no-cache", headers: { accept: "application/json" } });
  const status = liveStatusOf(response.status, await response.json().catch(() => null));
  if (!status) throw new Error(`status.json answered ${response.status}`);
  return status;
}

/**
 * Polls status.json (plain requests, so buffering proxies are no problem) and re-renders the page when it changed.
 * `renderedVersion` is the page.updated_at the page was rendered from: the baseline, so a change made between the
 * render and the first poll is seen as a change (a baseline taken from the first poll would already hold it). Only
 * this hook fetches the key; the stale notice only reads it, so this onSuccess runs for every poll.
 */
export function useLivePage(renderedVersion: string | null = null): { checkedAt: Date | null; failing: boolean } {
  const router = useRouter();
  const seen = useRef<string | null>(renderedVersion);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const { error, data } = useSWR(liveStatusUrl(typeof location === "undefined" ? undefined : location.pathname), fetchLiveStatus, {
    refreshInterval: LIVE_REFRESH_MS,
    revalidateOnFocus: true,
    onErrorRetry: (_error, _key, _config, revalidate, options) => {
      setTimeout(() => revalidate(options), retryDelayMs(options.retryCount));
    },
    onSuccess: ({ version, storeUnreachable }) => {
      if (storeUnreachable) return; // nothing new can arrive until the store is back
      setCheckedAt(new Date());
      const notice = document.getElementById(STORE_NOTICE_ID);
      if (notice) notice.remove(); // the server's notice from while the store was down
      if (notice || hasPageChanged(seen.current, version)) router.refresh();
      if (version !== null) seen.current = version;
    },
  });
  return { checkedAt, failing: error !== undefined || Boolean(data?.storeUnreachable) };
}
