// The page's settings as every reader sees them: the stored row, or the defaults until an admin saves one.
// Written once, so the page, the API, the feeds and the notifications cannot name the page differently.

export interface PageSettingsView {
  name: string;
  url: string;
  timeZone: string;
  description: string | null;
  /** Shown in the public header instead of the plain mark when set. */
  logoUrl: string | null;
  /** The monthly SLA table on the public page. */
  showSlaTable: boolean;
}

/** The instance's default page (the one `/` serves): the settings row every instance had before several pages. */
export const PAGE_SETTINGS_ID = "page";
export const DEFAULT_PAGE_SLUG = "default";

export const DEFAULT_PAGE_SETTINGS: PageSettingsView = {
  name: "Status",
  url: "http://localhost:3000",
  timeZone: "UTC",
  description: null,
  logoUrl: null,
  showSlaTable: false,
};

type SettingsRow = Omit<PageSettingsView, "showSlaTable"> & { id?: string; showSlaTable?: boolean };

/** The stored settings' public fields, or the defaults when there is no row yet. */
export function pageSettingsOrDefault(row: SettingsRow | null | undefined): PageSettingsView {
  if (!row) return DEFAULT_PAGE_SETTINGS;
  return {
    name: row.name,
    url: row.url,
    timeZone: row.timeZone,
    description: row.description,
    logoUrl: row.logoUrl,
    showSlaTable: row.showSlaTable ?? false,
  };
}
