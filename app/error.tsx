"use client";
import { useTranslations } from "next-intl";

// The incident store failed: say so plainly, never show internals; the digest ties it to the server log.
export default function StatusError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main id="main" className="mx-auto grid min-h-[70vh] max-w-xl place-content-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">{t("errors.unavailable")}</p>
      <h1 className="text-2xl font-bold tracking-tight">{t("errors.storeUnreachable")}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">{t("errors.storeUnreachableBody")}</p>
      {error.digest && <p className="text-xs text-zinc-500">{t("errors.reference", { reference: error.digest })}</p>}
      <p>
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-zinc-900 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-zinc-900"
        >
          {t("common.tryAgain")}
        </button>
      </p>
    </main>
  );
}
