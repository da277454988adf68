import type { SubscriberView } from "./queries";

// A cell starting with = + - @ is a formula to spreadsheets; a leading ' keeps it text (CSV injection).
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function subscribersCsv(subscribers: SubscriberView[]): string {
  const header = ["id", "channel", "target", "webhook_format", "scope", "confirmed_at", "created_at"];
  const rows = subscribers.map((s) => [
    s.id,
    s.channel,
    s.target,
    s.webhookFormat ?? "",
    s.scope,
    s.confirmedAt?.toISOString() ?? "",
    s.createdAt.toISOString(),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
