import { derivedOnce } from "@/lib/derived-views/derived";
import type { Locale } from "@/lib/i18n/locales";
import { shownBody, shownName, writtenLocaleOf } from "@/lib/i18n/translated-text";
import type { PublicModel } from "./model";

// The public model in a reader's language: every incident's and maintenance's name and update in that language where
// an admin translated it, the original otherwise. The status page, the widget, the feeds and the calendar read it.
// Derived once per language and model (its lists once per language and list), so a language costs no store read and
// no work per request.

export function modelInLanguage(model: PublicModel, reader: Locale | null): PublicModel {
  const written = writtenLocaleOf(model.page);
  if (!reader || reader === written) return model;
  return derivedOnce(`model-in:${reader}`, model, () => translatedModel(model, written, reader));
}

function translatedModel(model: PublicModel, written: Locale, reader: Locale): PublicModel {
  const incidents = derivedOnce(`model:incidents-in:${reader}`, model.incidents, (all) =>
    all.map((incident) => ({
      ...incident,
      name: shownName(incident, written, reader).text,
      updates: incident.updates.map((update) => ({ ...update, body: shownBody(update, written, reader).text })),
    })),
  );
  const maintenances = derivedOnce(`model:maintenances-in:${reader}`, model.maintenances, (all) =>
    all.map((maintenance) => ({
      ...maintenance,
      name: shownName(maintenance, written, reader).text,
      updates: maintenance.updates.map((update) => ({ ...update, body: shownBody(update, written, reader).text })),
    })),
  );
  return { ...model, incidents, maintenances };
}
