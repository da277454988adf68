"use client";
import { useState } from "react";
import { useViewerTimeZone } from "@/components/time/viewer-clock";
import { fromDatetimeLocal, toDatetimeLocal } from "@/lib/time/datetime-local";
import { FieldError, inputClass } from "./form-controls";

/**
 * A date and time typed in the admin's own time zone. The visible field (`<name>Local`) keeps what they typed;
 * a hidden `<name>` carries it as ISO 8601 with their zone's offset, which the server parses.
 */
export function DatetimeLocalField({
  name,
  label,
  pageTimeZone,
  defaultInstant,
  typed,
  errors,
}: {
  name: string;
  label: string;
  pageTimeZone: string;
  /** The saved instant (ISO), shown in the admin's zone. */
  defaultInstant?: string;
  /** What the admin typed before a failed submit; wins over `defaultInstant`. */
  typed?: string;
  errors?: string[];
}) {
  const timeZone = useViewerTimeZone(pageTimeZone);
  const [local, setLocal] = useState<string | undefined>(typed);
  // Until the admin types, the saved instant follows the zone (the page's while server rendering, then theirs).
  const shown = local ?? (defaultInstant ? toDatetimeLocal(new Date(defaultInstant), timeZone) : "");
  return (
    <div>
      <label htmlFor={`${name}Local`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${name}Local`}
        name={`${name}Local`}
        type="datetime-local"
        value={shown}
        onChange={(event) => setLocal(event.target.value)}
        className={inputClass}
        aria-describedby={`${name}-hint ${name}-error`}
      />
      <input type="hidden" name={name} value={fromDatetimeLocal(shown, timeZone)} />
      <p id={`${name}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        Your time zone: {timeZone}
      </p>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}
