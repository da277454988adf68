import type { SnapshotPage } from "./snapshot";

export interface StatuspagePage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export function renderPage(page: SnapshotPage): StatuspagePage {
  return { id: page.id, name: page.name, url: page.url, time_zone: page.timeZone, updated_at: page.updatedAt.toISOString() };
}
