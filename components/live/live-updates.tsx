"use client";
import { formatCheckedAt } from "./live-status";
import { useLivePage } from "./use-live-page";

const FOOTER_CLASS = "mx-auto max-w-4xl px-4 pt-6 text-center text-xs text-zinc-600 sm:px-6 dark:text-zinc-400";

/** Keeps the page current and says so: "Last updated 14:03:05", or "Live updates paused" while checks fail. */
export function LiveUpdates({
  className = FOOTER_CLASS,
  label = "Last updated",
  renderedVersion = null,
}: {
  className?: string;
  label?: string;
  /** The page.updated_at the page was rendered from (status.json's), the baseline for changes. */
  renderedVersion?: string | null;
}) {
  const { checkedAt, failing } = useLivePage(renderedVersion);
  return (
    <p className={className} data-live-updates={failing ? "paused" : checkedAt ? "live" : "starting"}>
      {/* Only the paused state is announced: a clock ticking every 5 s would drown a screen reader. */}
      <span role="status" aria-live="polite">
        {failing ? "Live updates paused" : ""}
      </span>
      {checkedAt && (
        <span>
          {failing ? " · " : ""}
          {label} <time dateTime={checkedAt.toISOString()}>{formatCheckedAt(checkedAt)}</time>
        </span>
      )}
    </p>
  );
}
