"use client";
import { useEffect, useRef } from "react";
import { countNoun } from "@/lib/text/count-noun";
import { fieldLabelOf } from "./field-label";

/**
 * The form's error banner. With field errors it is a summary ("1 field needs attention", "2 fields need attention") linking to each field,
 * whose own message sits beside it, so nothing is said twice; focus moves to it so the keyboard starts there.
 * Without field errors it shows the form's one message.
 */
export function FormAlert({
  message,
  fieldErrors,
  labels = {},
  anchors = {},
}: {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Field names as the form labels them, where the name alone reads badly. */
  labels?: Record<string, string>;
  /** The element each field's link jumps to, where its id is not the field's name. */
  anchors?: Record<string, string>;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const roots = [...new Set(Object.keys(fieldErrors ?? {}).map((key) => key.split(".")[0]))];
  useEffect(() => {
    if (fieldErrors && Object.keys(fieldErrors).length > 0) summary.current?.focus();
  }, [fieldErrors]);

  if (roots.length > 0) {
    return (
      <div
        ref={summary}
        role="alert"
        tabIndex={-1}
        className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 focus:outline-2 focus:outline-red-600 dark:bg-red-950 dark:text-red-200"
      >
        <p className="font-medium">
          {countNoun(roots.length, "field")} {roots.length === 1 ? "needs" : "need"} attention:
        </p>
        <ul className="mt-1 flex flex-wrap gap-x-3">
          {roots.map((root) => (
            <li key={root}>
              <a href={`#${anchors[root] ?? root}`} className="underline">
                {labels[root] ?? fieldLabelOf(root)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      {message}
    </p>
  );
}
