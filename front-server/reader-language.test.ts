import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import type { PageLanguages } from "@/lib/i18n/resolve-locale";
import { readerLanguage } from "./reader-language";

const english: PageLanguages = { defaultLocale: "en", locales: LOCALES, followBrowser: true };
const ask = (url: string, headers: Record<string, string> = {}, routeUrl = url) => ({ url, routeUrl, headers });

describe("readerLanguage", () => {
  it("sends a German browser from the plain URL to ?lang=de, never kept by a shared cache", () => {
    expect(readerLanguage(ask("/", { "accept-language": "de-DE,de;q=0.9,en;q=0.5" }), english)).toEqual({
      kind: "redirect",
      location: "/?lang=de",
      headers: { "cache-control": "private, no-store", vary: "Cookie, Accept-Language" },
    });
  });

  it("keeps the other parameters and the page's /p/<slug> prefix", () => {
    const answer = readerLanguage(ask("/p/internal/history?page=2", { cookie: "beacon-lang=ja" }, "/history?page=2"), english);
    expect(answer).toMatchObject({ kind: "redirect", location: "/p/internal/history?page=2&lang=ja" });
  });

  it("prefers the remembered pick over the browser's language", () => {
    expect(readerLanguage(ask("/", { cookie: "x=1; beacon-lang=en", "accept-language": "de" }), english)).toMatchObject({ kind: "serve" });
    expect(readerLanguage(ask("/", { cookie: "beacon-lang=fr", "accept-language": "de" }), english)).toMatchObject({
      location: "/?lang=fr",
    });
  });

  it("serves the default bytes to a reader of the default language, varying on what chose it", () => {
    expect(readerLanguage(ask("/", { "accept-language": "en-GB" }), english)).toEqual({
      kind: "serve",
      headers: { vary: "Accept-Encoding, Cookie, Accept-Language" },
    });
  });

  it("ignores the browser's language when the page does not follow it", () => {
    expect(readerLanguage(ask("/", { "accept-language": "de" }), { ...english, followBrowser: false })).toMatchObject({ kind: "serve" });
  });

  it("sends a page whose default is German to ?lang=en for an English browser", () => {
    const german = { ...english, defaultLocale: "de" as const };
    expect(readerLanguage(ask("/incidents/abc", { "accept-language": "en-US" }), german)).toMatchObject({
      location: "/incidents/abc?lang=en",
    });
  });

  it("remembers a followed ?lang= in a cookie, once", () => {
    expect(readerLanguage(ask("/?lang=es"), english)).toEqual({
      kind: "serve",
      headers: {
        "set-cookie": "beacon-lang=es; Path=/; Max-Age=31536000; SameSite=Lax",
        "cache-control": "private, no-store",
        vary: "Cookie, Accept-Language",
      },
    });
    expect(readerLanguage(ask("/?lang=es", { cookie: "beacon-lang=es" }), english)).toEqual({ kind: "serve" });
    expect(readerLanguage(ask("/?lang=xx"), english)).toEqual({ kind: "serve" });
  });

  it("never redirects feeds, badges, the v2 API or scripts", () => {
    for (const url of ["/history.atom", "/badge.svg", "/api/v2/summary.json", "/embed.js", "/maintenance.ics"]) {
      expect(readerLanguage(ask(url, { "accept-language": "de" }), english), url).toEqual({ kind: "serve" });
    }
  });

  it("redirects every HTML route of the table", () => {
    for (const url of ["/", "/history", "/incidents/abc", "/maintenance/abc", "/subscribe", "/embed"]) {
      expect(readerLanguage(ask(url, { "accept-language": "ar" }), english), url).toMatchObject({ kind: "redirect" });
    }
  });
});
