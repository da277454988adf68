"use client";
import { useEffect } from "react";
import useSWR from "swr";
import { type LiveStatus, liveStatusUrl, STORE_NOTICE_ID } from "./live-status";

const hourMinute = (iso: string) => new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

/**
 * "Status as of HH:MM — live updates paused" while Beacon serves its last known state. The server puts the same
 * notice first in the prepared page for readers without JavaScript; React may drop that one when it hydrates, so
 * this leaf shows it from the polled status.json (the SWR request LiveUpdates makes) and removes the server's copy.
 */
export function StaleStatusNotice() {
  // Reads what LiveUpdates polls and never fetches itself: a fetch started here would skip LiveUpdates' onSuccess.
  const { data } = useSWR<LiveStatus>(liveStatusUrl(typeof location === "undefined" ? undefined : location.pathname), null);
  const unreachable = data?.storeUnreachable ?? false;
  const asOf = data?.staleAsOf ?? null;
  useEffect(() => {
    if (unreachable) document.getElementById(STORE_NOTICE_ID)?.remove();
  }, [unreachable]);
  if (!unreachable) return null;
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {asOf ? (
        <>
          Status as of <time dateTime={asOf}>{hourMinute(asOf)}</time> — live updates paused.
        </>
      ) : (
        "Live updates paused."
      )}{" "}
      This page shows the last known state while the status store is unreachable.
    </div>
  );
}
