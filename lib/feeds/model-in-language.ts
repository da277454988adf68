import { derivedOnce } from "@/lib/derived-views/derived";
import { canonicalLocale, type Locale } from "@/lib/i18n/locales";
import { shownBody, shownName, writtenLocaleOf } from "@/lib/i18n/translated-text";
import type { PublicModel } from "@/lib/public-model/model";

// The feeds and the calendar in a reader's language (`?lang=de`): the model with every incident's and maintenance's
// name and update in that language where an admin translated it, the original otherwise. Derived once per language
// and incidents list, so a language costs no store read and no work per request.

/** The language a feed is written in: its `?lang=`, else the page's own. */
export function feedLocale(model: PublicModel, reader: Locale | null): Locale {
  return reader ?? writtenLocaleOf(model.page);
}

/** `?lang=` of a feed URL, or null for the page's own language. */
export function feedLangParam(request: Request): Locale | null {
  return canonicalLocale(new URL(request.url).searchParams.get("lang"));
}

export function modelInLanguage(model: PublicModel, reader: Locale | null): PublicModel {
  const written = writtenLocaleOf(model.page);
  if (!reader || reader === written) return model;
  const incidents = derivedOnce(`feeds:incidents-in:${reader}`, model.incidents, (all) =>
    all.map((incident) => ({
      ...incident,
      name: shownName(incident, written, reader).text,
      updates: incident.updates.map((update) => ({ ...update, body: shownBody(update, written, reader).text })),
    })),
  );
  const maintenances = derivedOnce(`feeds:maintenances-in:${reader}`, model.maintenances, (all) =>
    all.map((maintenance) => ({
      ...maintenance,
      name: shownName(maintenance, written, reader).text,
      updates: maintenance.updates.map((update) => ({ ...update, body: shownBody(update, written, reader).text })),
    })),
  );
  return { ...model, incidents, maintenances };
}
