"use client";
import { useState } from "react";
import { Markdown } from "@/components/incidents/markdown";
import { FieldError, inputClass } from "./form-controls";
import { sizeCounter } from "./text-size";

const DEFAULT_MAX_BYTES = 64 * 1024;

/**
 * A markdown textarea with a live preview rendered the way the public page renders it, and a live size counter
 * against the server's limit, so an over-long update is seen while typing, not after submitting.
 */
export function MarkdownField({
  name,
  label,
  defaultValue = "",
  errors,
  rows = 6,
  maxBytes = DEFAULT_MAX_BYTES,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
  /** The server's limit for this field, in UTF-8 bytes (64 KiB for updates). */
  maxBytes?: number;
}) {
  const [text, setText] = useState(defaultValue);
  const size = sizeCounter(text, maxBytes);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div className="min-w-0">
        <label htmlFor={name} className="block text-sm font-medium">
          {label} (markdown)
        </label>
        <textarea
          id={name}
          name={name}
          rows={rows}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={`${inputClass} font-mono`}
          aria-describedby={`${name}-error ${name}-size`}
          aria-invalid={size.over || Boolean(errors?.length) || undefined}
        />
        <p
          id={`${name}-size`}
          data-over={size.over || undefined}
          className="mt-1 text-xs text-zinc-600 tabular-nums data-over:font-medium data-over:text-red-700 dark:text-zinc-400 dark:data-over:text-red-400"
        >
          {size.label}
        </p>
        <FieldError id={`${name}-error`} errors={errors} />
      </div>
      {/* Capped so a long postmortem's preview does not push the rest of the page far down; focusable to scroll by keyboard. */}
      <section
        aria-label={`${label} preview`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        className="max-h-[40rem] min-w-0 overflow-y-auto rounded-lg border border-dashed border-zinc-300 p-3 dark:border-zinc-700"
      >
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Preview</p>
        <Markdown>{text || "*Nothing yet*"}</Markdown>
      </section>
    </div>
  );
}
