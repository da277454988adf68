const FOOTER_CLASS = "mx-auto max-w-4xl px-4 pt-6 text-center text-xs text-zinc-600 sm:px-6 dark:text-zinc-400";

/**
 * Where an open page says it is current: "Last updated 14:03:05", or "Live updates paused" while checks fail.
 * Rendered empty; the live-page island (components/islands/live-page.ts) polls and fills it in.
 */
export function LiveUpdates({
  className = FOOTER_CLASS,
  label = "Last updated",
  renderedVersion = null,
  words,
}: {
  /** The island's words in the page's language (components/islands/live-page.ts); English without them. */
  words?: { paused: string; pausedSentence: string; staleAsOf: string; staleExplanation: string };
  className?: string;
  label?: string;
  /** The page.updated_at the page was rendered from (status.json's), the baseline for changes. */
  renderedVersion?: string | null;
}) {
  return (
    <p
      className={className}
      data-live-updates="starting"
      data-label={label}
      data-rendered-version={renderedVersion ?? undefined}
      data-paused={words?.paused}
      data-paused-sentence={words?.pausedSentence}
      data-stale-as-of={words?.staleAsOf}
      data-stale-explanation={words?.staleExplanation}
    >
      {/* Only the paused state is announced: a clock ticking every 5 s would drown a screen reader. */}
      <span role="status" aria-live="polite" />
    </p>
  );
}
