import { describe, expect, it } from "vitest";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { modelFixture } from "@/lib/testing/model-fixture";
import { modelInLanguage } from "./model-in-language";

// The open incident translated into German only: a German reader of the status page reads it in German, a Japanese
// reader the original (the page the incident was written for is English).
function modelWithGermanIncident() {
  const model = modelFixture();
  const open = model.incidents.find((incident) => incident.resolvedAt === null)!;
  const [latest, ...older] = open.updates;
  const translated = {
    ...open,
    nameTranslations: { de: "Übersetzter Vorfall" },
    updates: [{ ...latest, bodyTranslations: { de: "Übersetzte Meldung." } }, ...older],
  };
  return { model: { ...model, incidents: model.incidents.map((i) => (i === open ? translated : i)) }, open };
}

describe("the status page in a reader's language", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("shows a German reader the translated active incident, and a Japanese one the original", () => {
    const { model, open } = modelWithGermanIncident();
    const german = statusPageOfModel(modelInLanguage(model, "de"), now).activeIncidents;
    expect(german.map((i) => i.name)).toContain("Übersetzter Vorfall");
    expect(german.find((i) => i.id === open.id)?.latestUpdate?.body).toBe("Übersetzte Meldung.");
    const japanese = statusPageOfModel(modelInLanguage(model, "ja"), now).activeIncidents;
    expect(japanese.find((i) => i.id === open.id)?.name).toBe(open.name);
  });

  it("derives a language's model once per model, and is the model itself in the page's own language", () => {
    const { model } = modelWithGermanIncident();
    expect(modelInLanguage(model, "de")).toBe(modelInLanguage(model, "de"));
    expect(modelInLanguage(model, "en")).toBe(model);
  });
});
