"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import type { UnsubscribeFormState } from "./form-state";

/** Asks before unsubscribing: a GET (a link scanner) must never cancel a subscription. */
export function UnsubscribeForm({
  unsubscribe,
}: {
  unsubscribe: (previous: UnsubscribeFormState, form: FormData) => Promise<UnsubscribeFormState>;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<UnsubscribeFormState, FormData>(unsubscribe, {});
  if (state.unsubscribed) {
    return (
      <p role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
        {t("subscribe.unsubscribed")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.error} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {pending ? t("common.working") : t("subscribe.unsubscribe")}
      </button>
    </form>
  );
}
