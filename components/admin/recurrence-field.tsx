"use client";
import { useEffect, useRef, useState } from "react";
import { firstOccurrences, overlappingOccurrences, parseRecurrenceRule, RECURRENCE_EXAMPLE } from "@/lib/maintenance/recurrence";
import { formatInstant } from "@/lib/time/format";
import { FieldError, inputClass } from "./form-controls";

const PREVIEW_COUNT = 5;

type Preview = { ok: true; text: string; occurrences: { start: Date; end: Date }[] } | { ok: false; error: string } | null;

/** What the rule gives from the window typed above it, in the page's zone (where the scheduler expands it). */
function previewOf(rule: string, form: HTMLFormElement | null, timeZone: string): Preview {
  if (rule.trim() === "") return null;
  const parsed = parseRecurrenceRule(rule);
  if (!parsed.ok) return parsed;
  const value = (name: string) => (form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
  const start = new Date(value("scheduledFor"));
  const end = new Date(value("scheduledUntil"));
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
    return { ok: false, error: "Set the start and end above to see the occurrences" };
  }
  const recurrence = { rule: parsed.rule, firstStart: start, durationMs: end.getTime() - start.getTime(), timeZone };
  if (overlappingOccurrences(recurrence)) return { ok: false, error: "recurrence repeats before the maintenance ends" };
  return { ok: true, text: parsed.text, occurrences: firstOccurrences(recurrence, PREVIEW_COUNT) };
}

/**
 * The RRULE of a recurring maintenance, with a live preview of its next occurrences: computed in the browser by the
 * same code the scheduler runs (lib/maintenance/recurrence.ts); the server validates again on submit.
 */
export function RecurrenceField({
  pageTimeZone,
  defaultValue,
  errors,
}: {
  pageTimeZone: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview>(null);
  useEffect(() => {
    const form = input.current?.form ?? null;
    // After React has written the window's hidden ISO fields for the keystroke that changed them.
    const update = () => setTimeout(() => setPreview(previewOf(input.current?.value ?? "", form, pageTimeZone)), 0);
    update();
    form?.addEventListener("input", update);
    return () => form?.removeEventListener("input", update);
  }, [pageTimeZone]);
  return (
    <div>
      <label htmlFor="recurrence" className="block text-sm font-medium">
        Repeats (optional)
      </label>
      <input
        ref={input}
        id="recurrence"
        name="recurrence"
        defaultValue={defaultValue}
        className={`${inputClass} font-mono`}
        placeholder={RECURRENCE_EXAMPLE}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="recurrence-hint recurrence-preview recurrence-error"
      />
      <p id="recurrence-hint" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        An iCalendar RRULE, e.g. <code>{RECURRENCE_EXAMPLE}</code> for every Sunday or <code>FREQ=MONTHLY;BYDAY=1SA</code> for the first
        Saturday of each month. It repeats at the start time above in the page&apos;s time zone ({pageTimeZone}); each occurrence starts and
        completes on its own.
      </p>
      <div id="recurrence-preview" aria-live="polite" className="mt-2 text-sm">
        {preview?.ok === false && <p className="text-amber-800 dark:text-amber-300">{preview.error}</p>}
        {preview?.ok && (
          <>
            <p className="font-medium">Next occurrences ({preview.text}):</p>
            <ol className="mt-1 list-decimal space-y-0.5 pl-5 text-zinc-700 dark:text-zinc-300">
              {preview.occurrences.map((o) => (
                <li key={o.start.toISOString()}>
                  <time dateTime={o.start.toISOString()}>{formatInstant(o.start, "datetime", pageTimeZone)}</time> –{" "}
                  <time dateTime={o.end.toISOString()}>{formatInstant(o.end, "time", pageTimeZone)}</time>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
      <FieldError id="recurrence-error" errors={errors} />
    </div>
  );
}
