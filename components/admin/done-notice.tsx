import Link from "next/link";
import type { FormState, DoneNotice as Notice } from "@/lib/admin-actions/form-state";

/** The confirmation after a form worked, with a link to where the change shows; announced to screen readers. */
export function DoneNotice({ state }: { state: FormState<Notice | undefined> }) {
  if (!state.ok || !state.data) return null;
  const { message, href, linkLabel } = state.data;
  return (
    <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
      {message}
      {href && (
        <>
          {" "}
          <Link href={href} className="font-medium underline" target="_blank">
            {linkLabel ?? "View"} ↗
          </Link>
        </>
      )}
    </p>
  );
}
