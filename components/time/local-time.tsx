"use client";
import { useLocale } from "next-intl";
import { formatInstant, type InstantStyle } from "@/lib/time/format";
import { useViewerTimeZone } from "./viewer-clock";

/** An instant shown (on public pages, by the local-times island; in the console, by this leaf) in the viewer's time zone and the page's language, with the exact UTC instant on hover and in `datetime`. */
export function LocalTime({ iso, style = "datetime", pageTimeZone }: { iso: string; style?: InstantStyle; pageTimeZone: string }) {
  const timeZone = useViewerTimeZone(pageTimeZone);
  const locale = useLocale();
  const instant = new Date(iso);
  return (
    <time dateTime={iso} data-local-style={style} suppressHydrationWarning title={instant.toISOString().replace(".000Z", "Z")}>
      {formatInstant(instant, style, timeZone, locale)}
    </time>
  );
}
