import { describe, expect, it } from "vitest";
import { alternateLinks, alternatesMetadata, localizedUrl } from "./hreflang";

const page = { defaultLocale: "en" as const, locales: ["en", "de", "ja"] as const };

describe("localizedUrl", () => {
  it("keeps the page's default language at the plain URL and names every other with ?lang", () => {
    expect(localizedUrl("https://status.example.com/history?page=2", "de", "en")).toBe("https://status.example.com/history?page=2&lang=de");
    expect(localizedUrl("https://status.example.com/history?lang=de&page=2", "en", "en")).toBe("https://status.example.com/history?page=2");
    expect(localizedUrl("https://status.example.com/?lang=fr", "ja", "en")).toBe("https://status.example.com/?lang=ja");
  });
});

describe("alternateLinks", () => {
  it("links every offered language and x-default, in the shipped order", () => {
    expect(alternateLinks("https://status.example.com/incidents/abc?lang=ja", page)).toEqual([
      { hrefLang: "en", href: "https://status.example.com/incidents/abc" },
      { hrefLang: "de", href: "https://status.example.com/incidents/abc?lang=de" },
      { hrefLang: "ja", href: "https://status.example.com/incidents/abc?lang=ja" },
      { hrefLang: "x-default", href: "https://status.example.com/incidents/abc" },
    ]);
  });

  it("gives Next's metadata a canonical URL in the page's own language", () => {
    const alternates = alternatesMetadata("https://status.example.com/", "de", { defaultLocale: "de", locales: ["de", "en"] });
    expect(alternates.canonical).toBe("https://status.example.com/");
    expect(alternates.languages).toEqual({
      en: "https://status.example.com/?lang=en",
      de: "https://status.example.com/",
      "x-default": "https://status.example.com/",
    });
  });
});
