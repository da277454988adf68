import { describe, expect, it } from "vitest";
import { z } from "zod";
import { textTranslationsSchema, translatedMarkdown, translatedName } from "./text-translations";
import { shownBody, shownName, writtenLocaleOf } from "./translated-text";

const schema = z.object({
  translations: textTranslationsSchema({ name: translatedName(20), message: translatedMarkdown(64, "64 bytes") }).optional(),
});

function fieldsOf(input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the translations field", () => {
  it("splits { de: { name, message } } into one translations object per field, dropping blank tabs", () => {
    const parsed = schema.parse({
      translations: {
        de: { name: " Ausfall ", message: "Wir prüfen." },
        ja: { name: "", message: "   " },
        fr: { message: "Nous vérifions." },
      },
    });
    expect(parsed.translations).toEqual({ name: { de: "Ausfall" }, message: { de: "Wir prüfen.", fr: "Nous vérifions." } });
  });

  it("names an unknown language, an unknown field and a text over the limit by their path", () => {
    expect(fieldsOf({ translations: { xx: { name: "a" } } })).toEqual([
      "translations.xx: xx is not a language Beacon ships; use one of en, de, fr, es, pt-BR, ja, ar",
    ]);
    expect(fieldsOf({ translations: { de: { title: "a" } } })).toEqual(["translations.de: each language takes only name, message"]);
    expect(fieldsOf({ translations: { de: { name: "x".repeat(21) } } })).toEqual(["translations.de.name: must be at most 20 characters"]);
    expect(fieldsOf({ translations: "de" })?.[0]).toMatch(/^translations: translations must be an object keyed by language/);
  });
});

describe("shown texts", () => {
  const incident = { name: "Database outage", nameTranslations: { de: "Datenbankausfall" } };
  const update = { body: "We are looking into it.", bodyTranslations: { de: "Wir sehen uns das an." } };

  it("gives a German reader the German name and message, marked translated", () => {
    expect(shownName(incident, "en", "de")).toEqual({ kind: "translated", text: "Datenbankausfall", locale: "de" });
    expect(shownBody(update, "en", "de")).toEqual({ kind: "translated", text: "Wir sehen uns das an.", locale: "de" });
  });

  it("gives a Japanese reader the original when nobody translated it, marked original", () => {
    expect(shownBody(update, "en", "ja")).toEqual({ kind: "original", text: "We are looking into it.", locale: "en" });
    expect(shownName({ name: "Database outage" }, "en", "ja").kind).toBe("original");
  });

  it("takes the page's default language as the one texts are written in", () => {
    expect(writtenLocaleOf({ defaultLanguage: "pt-br" })).toBe("pt-BR");
    expect(writtenLocaleOf({})).toBe("en");
    expect(shownBody(update, "de", "de").kind).toBe("own");
  });
});
