/** The first tab stop: drawn above the sticky, blurred headers (z-50) and readable in both themes. */
import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-zinc-900 focus:shadow-lg focus:ring-2 focus:ring-sky-600 dark:focus:bg-zinc-900 dark:focus:text-zinc-100"
    >
      {t("skipToContent")}
    </a>
  );
}
