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
  idPrefix = "translations",
}: {
  fields: readonly Field[];
  /** Ids unique on a page with several such forms (one per update in a timeline). */
  idPrefix?: string;
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
              const id = `${idPrefix}-${locale}-${field}`;
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

/** Tab values from stored translations ({ de: "…" }), or from what was typed when a submit was refused. */
export function translationTabValues(
  field: Field,
  stored: Partial<Record<string, string>> | null | undefined,
  typed?: Record<string, string>,
): Partial<Record<string, Partial<Record<Field, string>>>> {
  const values: Partial<Record<string, Partial<Record<Field, string>>>> = {};
  for (const locale of LOCALES) {
    const text = typed ? typed[`translations.${locale}.${field}`] : stored?.[locale];
    if (text) values[locale] = { [field]: text };
  }
  return values;
}
