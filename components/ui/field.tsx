import type { ReactNode } from "react";

/** The messages beside a field that the server refused; the field names this id in aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

/** The ids a field's control should name in aria-describedby: its error, and its hint when it has one. */
export function describedBy(id: string, hint?: string): string {
  return hint ? `${id}-error ${id}-hint` : `${id}-error`;
}

/**
 * One form field: its label, the control (children, whose id is `id`), a hint and the server's errors. The control
 * names `describedBy(id, hint)` so a screen reader reads both.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
