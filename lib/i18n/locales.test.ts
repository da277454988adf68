import { describe, expect, it } from "vitest";
import { canonicalLocale, LOCALES, localeCookie, localeDirection } from "./locales";

describe("locales", () => {
  it("ships seven languages, Arabic right to left and the others left to right", () => {
    expect(LOCALES).toEqual(["en", "de", "fr", "es", "pt-BR", "ja", "ar"]);
    expect(LOCALES.filter((locale) => localeDirection(locale) === "rtl")).toEqual(["ar"]);
  });

  it("reads a locale however a URL or cookie writes it, and nothing else", () => {
    expect(canonicalLocale("pt_br")).toBe("pt-BR");
    expect(canonicalLocale(" DE ")).toBe("de");
    expect(canonicalLocale("pt")).toBeNull();
    expect(canonicalLocale("")).toBeNull();
  });

  it("remembers a reader's pick for a year on every path", () => {
    expect(localeCookie("ja")).toBe("beacon-lang=ja; Path=/; Max-Age=31536000; SameSite=Lax");
  });
});
