"use client";
import "./embed.css";

// The store failed: a compact notice that fits the widget's frame, never internals.
export default function EmbedError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main data-embed-theme="auto" className="grid h-screen place-content-center gap-1 p-3 text-center text-sm">
      <p className="font-semibold">Status temporarily unavailable</p>
      <p className="text-xs text-(--embed-muted)">
        <button type="button" onClick={reset} className="font-medium text-(--embed-link) underline">
          Try again
        </button>
        {" · "}
        <a href="/" target="_blank" rel="noopener" className="font-medium text-(--embed-link) underline">
          Open the status page
        </a>
      </p>
    </main>
  );
}
