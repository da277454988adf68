import { Markdown } from "@/components/incidents/markdown";
import type { ReaderLanguage } from "@/lib/i18n/reader-language";
import { shownBody, type Translations } from "@/lib/i18n/translated-text";

/**
 * An update's message in the reader's language where an admin translated it, else the original; either way marked
 * "Translated" / "Original" when it is not simply the language it was written in, with `lang` on the text itself.
 */
export function TranslatedMarkdown({
  update,
  language,
  className = "",
}: {
  update: { body: string; bodyTranslations?: Translations };
  language?: ReaderLanguage;
  className?: string;
}) {
  if (!language) return <Markdown className={className}>{update.body}</Markdown>;
  const shown = shownBody(update, language.written, language.reader);
  return (
    <div className={className} data-text-kind={shown.kind}>
      {shown.kind !== "own" && (
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{language.marker[shown.kind]}</p>
      )}
      <div lang={shown.locale}>
        <Markdown>{shown.text}</Markdown>
      </div>
    </div>
  );
}
