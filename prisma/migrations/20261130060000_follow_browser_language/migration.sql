-- Whether a reader's browser language (Accept-Language) picks the public page's language (lib/i18n); the page's
-- defaultLanguage stays the language of its plain URL.
ALTER TABLE "PageSettings" ADD COLUMN "followBrowserLanguage" BOOLEAN NOT NULL DEFAULT true;
