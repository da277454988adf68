"use client";
import { formatInstant, formatRelative } from "@/lib/time/format";
import { useNow } from "./viewer-clock";

/** "2 hours ago", kept correct without a reload. */
export function RelativeTime({ iso, serverNow }: { iso: string; serverNow: string }) {
  const now = useNow(Date.parse(serverNow));
  const instant = new Date(iso);
  return (
    <time dateTime={iso} data-relative suppressHydrationWarning title={formatInstant(instant, "datetime", "UTC")}>
      {formatRelative(instant, new Date(now))}
    </time>
  );
}
