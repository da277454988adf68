import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SubscribeFormState } from "./form-state";

/** After subscribing: "check your inbox", or the webhook's signing secret and manage link, shown this once. */
export function SubscribedNotice({ done }: { done: NonNullable<SubscribeFormState["done"]> }) {
  const t = useTranslations("subscribe");
  const manageLink = (text: React.ReactNode) => (
    <Link href={done.channel === "email" ? "" : done.managePath} className="font-medium underline">
      {text}
    </Link>
  );
  if (done.channel === "email") {
    return (
      <div
        role="status"
        className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        <p className="font-semibold">{t("checkInbox")}</p>
        <p>{t("confirmationSent", { email: done.email })}</p>
      </div>
    );
  }
  if (done.channel === "chat") {
    return (
      <div
        role="status"
        className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        <p className="font-semibold">{t("subscribedTo", { label: done.label })}</p>
        <p>{t.rich("chatManage", { link: manageLink })}</p>
      </div>
    );
  }
  return (
    <div
      role="status"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
    >
      <p className="font-semibold">{t("webhookSubscribed")}</p>
      <p>{t("copyNow")}</p>
      <div>
        <label htmlFor="signing-secret" className="block font-medium">
          {t("signingSecret")}
        </label>
        <input
          id="signing-secret"
          readOnly
          value={done.signingSecret}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 w-full rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-zinc-900 dark:border-emerald-800 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </div>
      <p>{t.rich("webhookManage", { link: manageLink })}</p>
    </div>
  );
}
