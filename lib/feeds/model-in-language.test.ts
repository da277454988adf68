import { describe, expect, it } from "vitest";
import { modelInLanguage } from "@/lib/public-model/model-in-language";
import { modelFixture } from "@/lib/testing/model-fixture";
import { buildAtom } from "./build-atom";
import { buildCalendar } from "./build-calendar";
import { feedLangParam } from "./feed-language";
import { feedWordsIn } from "./feed-words";
import { feedHistoryOfModel, maintenanceCalendarOfModel } from "./feeds-of-model";
import { buildHistoryChannel } from "./history-entries";

function translatedModel() {
  const model = modelFixture();
  const [incident, ...rest] = model.incidents;
  const [update, ...older] = incident.updates;
  return {
    ...model,
    incidents: [
      {
        ...incident,
        nameTranslations: { de: "Übersetzter Vorfall" },
        updates: [{ ...update, bodyTranslations: { de: "Übersetzte Meldung." } }, ...older],
      },
      ...rest,
    ],
  };
}

describe("feeds in a reader's language", () => {
  it("puts the German name and update into a German feed, and leaves the original for Japanese", () => {
    const model = translatedModel();
    const original = model.incidents[0];
    const german = buildAtom(buildHistoryChannel(feedHistoryOfModel(modelInLanguage(model, "de"))));
    expect(german).toContain("Übersetzter Vorfall");
    expect(german).toContain("Übersetzte Meldung.");
    const japanese = buildAtom(buildHistoryChannel(feedHistoryOfModel(modelInLanguage(model, "ja"))));
    expect(japanese).toContain(original.name.replace(/&/g, "&amp;"));
    expect(japanese).not.toContain("Übersetzter Vorfall");
  });

  it("returns the same model for the page's own language or no ?lang, and derives each language once", () => {
    const model = translatedModel();
    expect(modelInLanguage(model, null)).toBe(model);
    expect(modelInLanguage(model, "en")).toBe(model);
    expect(modelInLanguage(model, "de").incidents).toBe(modelInLanguage(model, "de").incidents);
  });

  it("reads ?lang= in any case and ignores a language Beacon does not ship", () => {
    expect(feedLangParam(new Request("http://x/history.atom?lang=pt-br"))).toBe("pt-BR");
    expect(feedLangParam(new Request("http://x/history.atom?lang=tlh"))).toBeNull();
  });

  it("writes a German feed's title, status labels and calendar texts in German", async () => {
    const model = modelFixture();
    const words = await feedWordsIn("de");
    const atom = buildAtom(buildHistoryChannel(feedHistoryOfModel(modelInLanguage(model, "de")), words));
    expect(atom).toContain(`Statusverlauf von ${model.page.name}`);
    expect(atom).toMatch(/Behoben|Ursache erkannt|Wird untersucht/);
    expect(atom).not.toMatch(/<strong>(Resolved|Identified|Investigating)<\/strong>/);
    const calendar = buildCalendar(maintenanceCalendarOfModel(modelInLanguage(model, "de")), words);
    expect(calendar).toContain("Wartungskalender");
    expect(calendar).toContain(`Geplante Wartung für ${model.page.name}`);
  });
});
