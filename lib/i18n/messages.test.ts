import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "./locales";
import { flattenMessages, type MessageTree, placeholdersOf } from "./message-keys";
import { type Messages, messagesFor } from "./messages";

const tree = (locale: Locale) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as MessageTree;
const typed = (locale: Locale) => tree(locale) as unknown as Messages;
const english = flattenMessages(tree("en"));

// Keys a language may lack (it then reads English). Every shipped language is complete: keep these lists empty, or
// name each gap here so it is a decision, not an accident.
const ALLOWED_GAPS: Record<Locale, readonly string[]> = { en: [], de: [], fr: [], es: [], "pt-BR": [], ja: [], ar: [] };

describe.each(LOCALES)("messages/%s.json", (locale) => {
  const messages = flattenMessages(tree(locale));

  it("has every English key, apart from its listed gaps", () => {
    const missing = [...english.keys()].filter((key) => !messages.has(key) && !ALLOWED_GAPS[locale].includes(key));
    expect(missing).toEqual([]);
  });

  it("has no key English lacks", () => {
    expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  // Product names, "Atom", "{name}: {status}" read the same everywhere; more than that is an untranslated copy.
  it("is translated: at most one message in ten reads as in English", () => {
    if (locale === "en") return;
    const same = [...messages].filter(([key, text]) => english.get(key) === text);
    expect(same.length).toBeLessThan(english.size / 10);
  });

  it("has no empty message", () => {
    expect([...messages].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("uses the same arguments and tags as English in every message, and each parses as ICU", () => {
    const different = [...messages]
      .filter(([key, text]) => english.has(key) && placeholdersOf(text, locale).join() !== placeholdersOf(english.get(key)!, "en").join())
      .map(([key]) => key);
    expect(different).toEqual([]);
  });

  // next-intl takes arguments and tags from one object: a name used as both could not be filled.
  it("never uses one name for both an argument and a tag", () => {
    const clashing = [...messages]
      .filter(([, text]) => {
        const names = placeholdersOf(text, locale);
        return names.some((name) => name.startsWith("<") && names.includes(`{${name.slice(1, -1)}}`));
      })
      .map(([key]) => key);
    expect(clashing).toEqual([]);
  });

  // Small counts may be words ("مكوّنان", two components); from 5 up every language shows the number.
  it("formats every plural message for 0, 1, 2, 5 and 21, showing the number from 5 up", () => {
    for (const [key, text] of messages) {
      if (!text.includes("plural,")) continue;
      for (const count of [0, 1, 2, 5, 21]) {
        const values = { count, days: count, seconds: count, percent: "99%", component: "API" };
        const formatted = String(new IntlMessageFormat(text, locale).format(values));
        expect(formatted.trim(), key).not.toBe("");
        if (count >= 5) expect(formatted, key).toContain(new Intl.NumberFormat(locale).format(count));
      }
    }
  });
});

describe("status vocabulary", () => {
  const words = (locale: Locale) => {
    const t = createTranslator({ locale, messages: typed(locale), namespace: "status.component" });
    return [t("operational"), t("degraded_performance"), t("partial_outage"), t("major_outage"), t("under_maintenance")];
  };

  it("uses the words major status pages show in each language", () => {
    expect(words("de")).toEqual(["Betriebsbereit", "Leistungsprobleme", "Teilweiser Ausfall", "Schwerer Ausfall", "Wartung"]);
    expect(words("fr")).toEqual(["Opérationnel", "Performances dégradées", "Panne partielle", "Panne majeure", "Maintenance"]);
    expect(words("es")).toEqual(["Operativo", "Rendimiento degradado", "Interrupción parcial", "Interrupción grave", "Mantenimiento"]);
    expect(words("pt-BR")).toEqual(["Operacional", "Desempenho degradado", "Interrupção parcial", "Interrupção grave", "Manutenção"]);
    expect(words("ja")).toEqual(["稼働中", "パフォーマンス低下", "部分的な障害", "重大な障害", "メンテナンス"]);
  });
});

describe("messagesFor", () => {
  it("gives a language's own text, with its arguments filled in by next-intl", async () => {
    const t = createTranslator({ locale: "de", messages: await messagesFor("de") });
    expect(t("history.incidentCount", { count: 1 })).toBe("1 Vorfall");
    expect(t("history.incidentCount", { count: 3 })).toBe("3 Vorfälle");
    const status = t("status.componentInSentence", { status: "partial_outage" });
    expect(t("notifications.componentNow", { component: "API", status })).toBe("API ist jetzt teilweise ausgefallen");
  });

  it("reads English for a key a language lacks, so a gap never shows a key name", async () => {
    const merged = flattenMessages((await messagesFor("ar")) as MessageTree);
    expect([...english.keys()].filter((key) => !merged.has(key))).toEqual([]);
  });
});
