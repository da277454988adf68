import * as statusPages from "@sentry/status-page-list";

// The vendors' public status pages shipped as data (@sentry/status-page-list), searchable from the admin.

export interface CatalogueEntry {
  name: string;
  url: string;
  domains: string[];
}

interface StatusPageInfo {
  name: string;
  statusPageUrl: string;
  domains: string[];
  isServiceDefunct: boolean;
}

function isInfo(value: unknown): value is StatusPageInfo {
  return typeof value === "object" && value !== null && "statusPageUrl" in value && "name" in value;
}

export const CATALOGUE: readonly CatalogueEntry[] = Object.values(statusPages as Record<string, unknown>)
  .filter(isInfo)
  .filter((info) => !info.isServiceDefunct)
  .map((info) => ({ name: info.name, url: info.statusPageUrl, domains: info.domains }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** Entries whose name, URL or domains contain every word of the query; all of them for a blank query. */
export function searchCatalogue(query: string, limit = 20): CatalogueEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = CATALOGUE.filter((entry) => {
    const text = `${entry.name} ${entry.url} ${entry.domains.join(" ")}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  return matches.slice(0, limit);
}
