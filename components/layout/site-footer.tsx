import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import type { ReaderLanguages } from "@/lib/pages/reader-languages";
import { pageLinks } from "@/lib/pages/request-page";

export async function SiteFooter({ languages }: { languages: ReaderLanguages | null }) {
  const link = await pageLinks();
  const t = await getTranslations("common");
  return (
    <footer className="mx-auto max-w-4xl space-y-2 px-4 py-10 text-center text-xs text-zinc-600 sm:px-6 dark:text-zinc-400">
      <p>{t.rich("poweredBy", { b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      <nav aria-label={t("feedsNav")}>
        <a href={link("/history.atom")} className="hover:underline">
          {t("atom")}
        </a>{" "}
        ·{" "}
        <a href={link("/history.rss")} className="hover:underline">
          {t("rss")}
        </a>{" "}
        ·{" "}
        <a href={link("/maintenance.ics")} className="hover:underline">
          {t("calendar")}
        </a>
      </nav>
      {languages && <LanguageSwitcher label={t("language")} current={languages.locale} links={languages.switcher} />}
    </footer>
  );
}
