import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { localeOfPath, matchLocale, type PageLanguages, resolveLocale } from "./resolve-locale";

const page: PageLanguages = { defaultLocale: "en", locales: LOCALES, followBrowser: true };

describe("resolveLocale", () => {
  it("gives the page's default language to a reader who asks for nothing", () => {
    expect(resolveLocale({}, page)).toEqual({ locale: "en", source: "page-default" });
    expect(resolveLocale({}, { ...page, defaultLocale: "de" })).toEqual({ locale: "de", source: "page-default" });
  });

  it("follows the browser's Accept-Language, best quality first, when the page allows it", () => {
    expect(resolveLocale({ acceptLanguage: "fr-CH, fr;q=0.9, en;q=0.8" }, page)).toEqual({ locale: "fr", source: "accept-language" });
    expect(resolveLocale({ acceptLanguage: "en;q=0.5, ja;q=0.9" }, page)).toEqual({ locale: "ja", source: "accept-language" });
    expect(resolveLocale({ acceptLanguage: "pt-PT,pt;q=0.9" }, page).locale).toBe("pt-BR");
    expect(resolveLocale({ acceptLanguage: "ar-EG" }, page).locale).toBe("ar");
  });

  it("ignores Accept-Language when the page does not follow the browser", () => {
    expect(resolveLocale({ acceptLanguage: "de-DE" }, { ...page, followBrowser: false })).toEqual({ locale: "en", source: "page-default" });
  });

  it("falls back to the page's default for a language it does not offer", () => {
    expect(resolveLocale({ acceptLanguage: "zh-CN, ko;q=0.5" }, page)).toEqual({ locale: "en", source: "page-default" });
    expect(resolveLocale({ acceptLanguage: "de" }, { ...page, locales: ["en", "fr"] })).toEqual({ locale: "en", source: "page-default" });
  });

  it("survives a malformed Accept-Language", () => {
    expect(resolveLocale({ acceptLanguage: "*;q=0.1, ;;;, 12345" }, page)).toEqual({ locale: "en", source: "page-default" });
  });

  it("prefers the language the reader picked (cookie) over the browser's", () => {
    expect(resolveLocale({ cookie: "es", acceptLanguage: "de" }, page)).toEqual({ locale: "es", source: "cookie" });
    // The reader's own choice counts even where the page does not follow browsers.
    expect(resolveLocale({ cookie: "es" }, { ...page, followBrowser: false })).toEqual({ locale: "es", source: "cookie" });
  });

  it("prefers the URL over everything: ?lang= first, then a /de/ path prefix", () => {
    const request = { cookie: "es", acceptLanguage: "de" };
    expect(resolveLocale({ ...request, langParam: "ja" }, page)).toEqual({ locale: "ja", source: "url" });
    expect(resolveLocale({ ...request, pathname: "/fr/history" }, page)).toEqual({ locale: "fr", source: "url" });
    expect(resolveLocale({ ...request, langParam: "ja", pathname: "/fr/history" }, page).locale).toBe("ja");
  });

  it("reads a language however the URL spells it", () => {
    expect(resolveLocale({ langParam: "pt-br" }, page).locale).toBe("pt-BR");
    expect(resolveLocale({ langParam: "PT_BR" }, page).locale).toBe("pt-BR");
    expect(resolveLocale({ langParam: "pt" }, page).locale).toBe("pt-BR");
    expect(resolveLocale({ langParam: "de-AT" }, page).locale).toBe("de");
  });

  it("passes over an unknown or unoffered ?lang to the next source", () => {
    expect(resolveLocale({ langParam: "xx", cookie: "fr" }, page)).toEqual({ locale: "fr", source: "cookie" });
    expect(resolveLocale({ langParam: "ja" }, { ...page, locales: ["en", "de"] })).toEqual({ locale: "en", source: "page-default" });
  });

  it("always offers the page's default, even when its list forgets it", () => {
    expect(resolveLocale({ cookie: "de" }, { defaultLocale: "de", locales: ["fr"], followBrowser: true })).toEqual({
      locale: "de",
      source: "cookie",
    });
  });
});

describe("localeOfPath", () => {
  it("reads an offered language from the first path segment only", () => {
    expect(localeOfPath("/de/incidents/abc", LOCALES)).toBe("de");
    expect(localeOfPath("/pt-br", LOCALES)).toBe("pt-BR");
    expect(localeOfPath("/incidents/de", LOCALES)).toBeNull();
    expect(localeOfPath("/", LOCALES)).toBeNull();
    expect(localeOfPath("/de/x", ["en"])).toBeNull();
  });
});

describe("matchLocale", () => {
  it("finds the closest offered language, or none", () => {
    expect(matchLocale(["en-GB"], LOCALES)).toBe("en");
    expect(matchLocale(["nl", "de"], LOCALES)).toBe("de");
    expect(matchLocale(["zh"], LOCALES)).toBeNull();
    expect(matchLocale([], LOCALES)).toBeNull();
  });
});
