import { inputClass } from "@/components/admin/form-controls";
import { LOCALE_AUTONYM, LOCALES } from "@/lib/i18n/locales";

type Field = "name" | "message";
const LABEL: Record<Field, string> = { name: "Name", message: "Message" };

/**
 * Translations of what the form writes, one disclosure per language (native <details>: keyboard and screen-reader
 * ready without script). Fields post as `translations.<locale>.<field>` (lib/i18n/translations-form.ts); blank ones
 * mean "no translation", so readers of that language get the original.
 */
export function TranslationTabs({
  fields,
  written = "en",
  values,
}: {
  fields: readonly Field[];
  /** The language the original is written in: no tab for it. */
  written?: string;
  values?: Partial<Record<string, Partial<Record<Field, string>>>>;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Translations (optional)</legend>
      {LOCALES.filter((locale) => locale !== written).map((locale) => (
        <details key={locale} className="rounded border border-zinc-200 p-2 dark:border-zinc-800" open={Boolean(values?.[locale])}>
          <summary className="cursor-pointer text-sm" lang={locale}>
            {LOCALE_AUTONYM[locale]}
          </summary>
          <div className="mt-2 space-y-2" lang={locale}>
            {fields.map((field) => {
              const id = `translations-${locale}-${field}`;
              const name = `translations.${locale}.${field}`;
              return (
                <div key={field}>
                  <label htmlFor={id} className="block text-xs font-medium">
                    {LABEL[field]} ({LOCALE_AUTONYM[locale]})
                  </label>
                  {field === "message" ? (
                    <textarea id={id} name={name} rows={3} defaultValue={values?.[locale]?.[field] ?? ""} className={inputClass} />
                  ) : (
                    <input id={id} name={name} defaultValue={values?.[locale]?.[field] ?? ""} className={inputClass} />
                  )}
                </div>
              );
            })}
          </div>
        </details>
      ))}
    </fieldset>
  );
}
