import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localeDirection } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { default: t("common.navStatus"), template: `%s · ${t("common.navStatus")}` },
    description: t("statusPage.metaDescription"),
    // Feed readers find the history feeds from any page.
    alternates: {
      types: {
        "application/atom+xml": [{ url: "/history.atom", title: t("feeds.historyAtom") }],
        "application/rss+xml": [{ url: "/history.rss", title: t("feeds.historyRss") }],
      },
    },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

/** The namespaces client leaves (forms, live times) read; server components get every message from request.ts. */
const CLIENT_NAMESPACES = ["common", "uptime", "live", "status", "subscribe", "errors"] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const forClient = Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]]));
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <NextIntlClientProvider messages={forClient}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
