"use client";
import { useState } from "react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { FieldError, inputClass } from "./form-controls";

/** A markdown textarea with a live preview rendered the way the public page renders it. */
export function MarkdownField({
  name,
  label,
  defaultValue = "",
  errors,
  rows = 6,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
  rows?: number;
}) {
  const [text, setText] = useState(defaultValue);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div>
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
          aria-describedby={`${name}-error`}
        />
        <FieldError id={`${name}-error`} errors={errors} />
      </div>
      <section aria-label={`${label} preview`} className="rounded-lg border border-dashed border-zinc-300 p-3 dark:border-zinc-700">
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-zinc-500">Preview</p>
        <div className="prose prose-zinc max-w-none text-sm dark:prose-invert">
          <ReactMarkdown remarkPlugins={[remarkGfm]}>{text || "*Nothing yet*"}</ReactMarkdown>
        </div>
      </section>
    </div>
  );
}
