"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import type { ConfirmFormState } from "./form-state";

/** Confirms with a button: mail scanners open every link (GET), so opening the link alone confirms nothing. */
export function ConfirmForm({
  confirm,
  pageName,
  email,
}: {
  confirm: (previous: ConfirmFormState, form: FormData) => Promise<ConfirmFormState>;
  pageName: string;
  email: string | null;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ConfirmFormState, FormData>(confirm, {});
  if (state.confirmed) {
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">{t("subscribe.confirmed")}</h1>
        <p role="status" className="text-zinc-700 dark:text-zinc-300">
          {state.confirmed.email
            ? t("subscribe.confirmedBody", { email: state.confirmed.email, pageName })
            : t("subscribe.confirmedBodyYou", { pageName })}
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("subscribe.confirmHeading")}</h1>
      <p className="break-all text-zinc-700 dark:text-zinc-300">
        {t.rich("subscribe.confirmQuestion", {
          pageName,
          address: email ?? t("subscribe.thisSubscription"),
          target: (text) => <span className="font-medium">{text}</span>,
        })}
      </p>
      <form action={action} className="space-y-3">
        <FormAlert message={state.error} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-60"
        >
          {pending ? t("common.working") : t("subscribe.confirmButton")}
        </button>
      </form>
    </>
  );
}
