import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/form-controls";
import { LOCALE_AUTONYM, LOCALES } from "@/lib/i18n/locales";

/** The language a subscriber's messages are written in: each named in itself, so a reader finds their own. */
export function LanguageSelect({ defaultValue, label }: { defaultValue: string; label?: string }) {
  const t = useTranslations("subscribe");
  return (
    <div>
      <label htmlFor="locale" className="block text-sm font-medium">
        {label ?? t("language")}
      </label>
      <select id="locale" name="locale" defaultValue={defaultValue} className={inputClass}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_AUTONYM[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
