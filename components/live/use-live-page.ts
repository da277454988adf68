"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import useSWR from "swr";
import { hasPageChanged, isStaleDocument, LIVE_REFRESH_MS, LIVE_STATUS_URL, pageVersionOf, retryDelayMs, STORE_NOTICE_ID } from "./live-status";

class StaleStatusError extends Error {}

async function fetchPageVersion(url: string): Promise<string | null> {
  // no-cache: the browser revalidates with its ETag, so an unchanged page costs a 304 and no JSON.
  const response = await fetch(url, { cache: "no-cache", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`status.json answered ${response.status}`);
  const body = await response.json();
  // The last known state, served while Beacon cannot reach its store: nothing new can arrive, so live updates are paused.
  if (isStaleDocument(body)) throw new StaleStatusError("status.json is stale");
  return pageVersionOf(body);
}

/** Polls status.json (plain requests, so buffering proxies are no problem) and re-renders the page when it changed. */
export function useLivePage(): { checkedAt: Date | null; failing: boolean } {
  const router = useRouter();
  const seen = useRef<string | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const { error } = useSWR(LIVE_STATUS_URL, fetchPageVersion, {
    refreshInterval: LIVE_REFRESH_MS,
    revalidateOnFocus: true,
    onErrorRetry: (_error, _key, _config, revalidate, options) => {
      setTimeout(() => revalidate(options), retryDelayMs(options.retryCount));
    },
    onSuccess: (version) => {
      setCheckedAt(new Date());
      const notice = document.getElementById(STORE_NOTICE_ID);
      if (notice) notice.remove(); // the store is back
      if (notice || hasPageChanged(seen.current, version)) router.refresh();
      if (version !== null) seen.current = version;
    },
  });
  return { checkedAt, failing: error !== undefined };
}
