import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ReaderLanguage } from "@/lib/i18n/reader-language";
import { TranslatedMarkdown } from "./translated-markdown";

const update = { body: "We are looking into it.", bodyTranslations: { de: "Wir sehen uns das an." } };
const reader = (locale: ReaderLanguage["reader"], marker: ReaderLanguage["marker"]): ReaderLanguage => ({
  reader: locale,
  written: "en",
  marker,
});

describe("TranslatedMarkdown", () => {
  it("shows a German reader the translation in German, marked Übersetzt", () => {
    const html = renderToStaticMarkup(
      createElement(TranslatedMarkdown, { update, language: reader("de", { translated: "Übersetzt", original: "Original" }) }),
    );
    expect(html).toContain('data-text-kind="translated"');
    expect(html).toContain("Übersetzt");
    expect(html).toMatch(/<div lang="de">.*Wir sehen uns das an\./);
    expect(html).not.toContain("looking into it");
  });

  it("shows a Japanese reader the English original, marked 原文, with lang=en on the text", () => {
    const html = renderToStaticMarkup(
      createElement(TranslatedMarkdown, { update, language: reader("ja", { translated: "翻訳", original: "原文" }) }),
    );
    expect(html).toContain("原文");
    expect(html).toMatch(/<div lang="en">.*We are looking into it\./);
  });

  it("marks nothing for a reader of the page's own language, and without a reader is plain markdown", () => {
    const own = renderToStaticMarkup(
      createElement(TranslatedMarkdown, { update, language: reader("en", { translated: "Translated", original: "Original" }) }),
    );
    expect(own).not.toMatch(/Translated|Original/);
    expect(renderToStaticMarkup(createElement(TranslatedMarkdown, { update }))).toContain("We are looking into it.");
  });
});
