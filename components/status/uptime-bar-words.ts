import type { DayLevel } from "@/lib/status/uptime";

// The uptime bars' tooltip words in the page's language. The server writes them once per page
// (`data-uptime-words` on the component list, components/status/component-list.tsx); the island
// (components/islands/uptime-bars.ts) reads them, so the browser needs no messages of its own.

export interface UptimeBarWords {
  /** "{percent} uptime" */
  percentUptime: string;
  noData: string;
  /** "{date}: {uptime}" */
  dayDescription: string;
  /** "{description} — {incidents}" */
  dayIncidents: string;
  levels: Record<DayLevel, string>;
}

export const ENGLISH_UPTIME_BAR_WORDS: UptimeBarWords = {
  percentUptime: "{percent} uptime",
  noData: "No data",
  dayDescription: "{date}: {uptime}",
  dayIncidents: "{description} — {incidents}",
  levels: {
    no_data: "No data",
    operational: "No downtime",
    maintenance: "Maintenance",
    minor: "Degraded performance",
    major: "Partial outage",
    critical: "Major outage",
  },
};

/** `template` with each `{name}` replaced (the words carry plain arguments only, no plurals). */
export function fillWords(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
