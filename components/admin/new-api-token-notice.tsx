"use client";
import { useState } from "react";

/** The new token in plaintext, shown once: Beacon keeps only its hash. */
export function NewApiTokenNotice({ name, plaintext }: { name: string; plaintext: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(plaintext);
    setCopied(true);
  }
  return (
    <div
      role="status"
      className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="font-semibold text-emerald-900 dark:text-emerald-100">Token “{name}” created</p>
      <p className="text-emerald-900 dark:text-emerald-200">Copy it now: Beacon stores only a hash of it and will not show it again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={plaintext}
          aria-label={`API token ${name}`}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-zinc-900 dark:border-emerald-800 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-md bg-emerald-800 px-3 py-1.5 text-xs font-semibold text-white hover:bg-emerald-900"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
