import { LOCALES } from "./locales";

// The admin forms' language tabs post `translations.<locale>.<field>` (components/admin/translation-tabs.tsx); this
// gathers them into the write API's `translations` shape, or undefined when the form has no tabs (nothing changes).

export function translationsFormInput(form: FormData, fields: readonly string[]): Record<string, Record<string, string>> | undefined {
  let found = false;
  const translations: Record<string, Record<string, string>> = {};
  for (const locale of LOCALES) {
    for (const field of fields) {
      const value = form.get(`translations.${locale}.${field}`);
      if (typeof value !== "string") continue;
      found = true;
      (translations[locale] ??= {})[field] = value;
    }
  }
  return found ? translations : undefined;
}
