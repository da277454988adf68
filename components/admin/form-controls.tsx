import type { ReactNode } from "react";

// FieldError lives with Field in components/ui/field.tsx; kept importable from here for the many admin forms.
export { FieldError } from "@/components/ui/field";

export const inputClass =
  "mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export function PrimaryButton({
  children,
  pending,
  className = "",
  workingLabel = "Working…",
}: {
  children: ReactNode;
  pending?: boolean;
  className?: string;
  /** What the button says while the form is sent; the public forms pass it in the reader's language. */
  workingLabel?: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-lg bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200 ${className}`}
    >
      {pending ? workingLabel : children}
    </button>
  );
}
