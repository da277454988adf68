"use client";
import { useState } from "react";

/** A heartbeat monitor's secret push URL, shown once (Beacon keeps only its hash), with how to call it. */
export function HeartbeatUrlNotice({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const curl = [
    `curl -fsS -X POST "${url}"`,
    `# around a deploy: the component shows maintenance until "done"`,
    `curl -fsS -X POST "${url}?status=deploying"`,
    `curl -fsS -X POST "${url}?status=done"`,
  ].join("\n");
  return (
    <div
      role="status"
      className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="font-semibold text-emerald-900 dark:text-emerald-100">Heartbeat push URL</p>
      <p className="text-emerald-900 dark:text-emerald-200">Copy it now: Beacon stores only a hash of it and will not show it again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={url}
          aria-label="Heartbeat push URL"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-zinc-900 dark:border-emerald-800 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
          className="rounded-md bg-emerald-800 px-3 py-1.5 text-xs font-semibold text-white hover:bg-emerald-900"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="text-emerald-900 dark:text-emerald-200">
        Call it from the job at least once an interval, for example at the end of a cron job:
      </p>
      <pre className="overflow-x-auto rounded-md bg-zinc-900 p-2 font-mono text-xs text-zinc-100">{curl}</pre>
    </div>
  );
}
