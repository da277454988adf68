import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { LocationResults } from "./location-results";

const locations = [
  { name: "eu-west", ok: true, responseTimeMs: 33, offline: false },
  { name: "us-east", ok: false, responseTimeMs: null, offline: false },
  { name: "ap-south", ok: true, responseTimeMs: 80, offline: true },
];
const render = (locale: Locale, messages: typeof en) =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(LocationResults, { componentName: "Public API", locations }),
    ),
  );
const html = render("en", en);

describe("the public per-location breakdown", () => {
  it("is a details element with a captioned table: it opens and reads without JavaScript", () => {
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>Checked from 3 locations \(1 failing\)<\/summary><table/);
    expect(html).toContain("<caption");
    expect(html).toContain("Public API: last result from each location");
    expect(html).not.toContain("<script");
  });

  it("says each result in words, not by colour alone; an offline location shows no latency", () => {
    const row = (name: string) => html.match(new RegExp(`<tr[^>]*data-location="${name}"[^>]*>(.*?)</tr>`))?.[1] ?? "";
    expect(row("eu-west")).toMatch(/>Up<.*>33 ms</);
    expect(row("us-east")).toMatch(/>Down<.*>—</);
    expect(row("ap-south")).toMatch(/>Offline<.*>—</);
    expect(html).toContain("dark:text-red-400");
  });

  it("speaks the reader's language", () => {
    const german = render("de", de as typeof en);
    expect(german).toContain("Geprüft von 3 Standorten (1 mit Fehler)");
    expect(german).toMatch(/>Nicht erreichbar</);
  });
});
