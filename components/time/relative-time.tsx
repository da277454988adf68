"use client";
import { useLocale } from "next-intl";
import { formatInstant, formatRelative } from "@/lib/time/format";
import { useNow } from "./viewer-clock";

/** "2 hours ago" ("vor 2 Stunden"), kept correct without a reload. */
export function RelativeTime({ iso, serverNow }: { iso: string; serverNow: string }) {
  const now = useNow(Date.parse(serverNow));
  const locale = useLocale();
  const instant = new Date(iso);
  return (
    <time dateTime={iso} data-relative suppressHydrationWarning title={formatInstant(instant, "datetime", "UTC", locale)}>
      {formatRelative(instant, new Date(now), locale)}
    </time>
  );
}
