import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Status", template: "%s · Status" },
  description: "Current status, incidents and scheduled maintenance.",
  // Feed readers find the history feeds from any page.
  alternates: {
    types: {
      "application/atom+xml": [{ url: "/history.atom", title: "Status history (Atom)" }],
      "application/rss+xml": [{ url: "/history.rss", title: "Status history (RSS)" }],
    },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">{children}</body>
    </html>
  );
}
