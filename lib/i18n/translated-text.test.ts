import { describe, expect, it } from "vitest";
import { pickTranslation, type WrittenText } from "./translated-text";
import { translationsSchema } from "./translations-schema";

const update: WrittenText = {
  text: "We identified the cause: a failed database migration.",
  locale: "en",
  translations: { de: "Wir haben die Ursache gefunden: eine fehlgeschlagene Datenbankmigration." },
};

describe("pickTranslation", () => {
  it("shows a German reader the German translation, marked as translated", () => {
    expect(pickTranslation(update, "de")).toEqual({
      kind: "translated",
      text: "Wir haben die Ursache gefunden: eine fehlgeschlagene Datenbankmigration.",
      locale: "de",
    });
  });

  it("shows a Japanese reader the original when no Japanese translation exists, marked as the original", () => {
    expect(pickTranslation(update, "ja")).toEqual({ kind: "original", text: update.text, locale: "en" });
  });

  it("marks nothing for a reader of the language it was written in", () => {
    expect(pickTranslation(update, "en")).toEqual({ kind: "own", text: update.text, locale: "en" });
    expect(pickTranslation({ ...update, locale: "de" }, "de").kind).toBe("own");
  });

  it("treats a blank translation and no translations at all as missing", () => {
    expect(pickTranslation({ ...update, translations: { fr: "   " } }, "fr").kind).toBe("original");
    expect(pickTranslation({ ...update, translations: null }, "fr").kind).toBe("original");
  });
});

describe("translationsSchema", () => {
  const schema = translationsSchema(20);

  it("keeps the texts of shipped languages, trimmed, and drops empty tabs", () => {
    expect(schema.parse({ de: " Ausfall ", fr: "", ja: "障害" })).toEqual({ de: "Ausfall", ja: "障害" });
  });

  it("refuses a language Beacon does not ship and a text over the limit", () => {
    expect(schema.safeParse({ nl: "Storing" }).success).toBe(false);
    expect(schema.safeParse({ de: "x".repeat(21) }).success).toBe(false);
  });
});
