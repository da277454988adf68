"use client";
import { useTranslations } from "next-intl";
import "./embed.css";

// The store failed: a compact notice that fits the widget's frame, never internals.
export default function EmbedError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main data-embed-theme="auto" className="grid h-screen place-content-center gap-1 p-3 text-center text-sm">
      <p className="font-semibold">{t("errors.unavailable")}</p>
      <p className="text-xs text-(--embed-muted)">
        <button type="button" onClick={reset} className="font-medium text-(--embed-link) underline">
          {t("common.tryAgain")}
        </button>
        {" · "}
        <a href="/" target="_blank" rel="noopener" className="font-medium text-(--embed-link) underline">
          {t("errors.openStatusPage")}
        </a>
      </p>
    </main>
  );
}
