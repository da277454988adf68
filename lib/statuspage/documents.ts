import { renderComponents } from "./render-components";
import { renderIncidents } from "./render-incidents";
import { renderPage } from "./render-page";
import { renderActiveMaintenances, renderScheduledMaintenances, renderUpcomingMaintenances } from "./render-scheduled-maintenances";
import { renderStatus } from "./render-status";
import { renderSummary, renderUnresolvedIncidents } from "./render-summary";
import type { StatuspageSnapshot } from "./snapshot";

// The Statuspage v2 documents, each by its path under /api/v2/ (without .json): the one renderer of each, called by
// its route handler and by the front server's direct render (lib/direct-render/render.ts).

export type StatuspageDocument =
  | "summary"
  | "status"
  | "components"
  | "incidents"
  | "incidents/unresolved"
  | "scheduled-maintenances"
  | "scheduled-maintenances/upcoming"
  | "scheduled-maintenances/active";

export const STATUSPAGE_DOCUMENTS: Record<StatuspageDocument, (snapshot: StatuspageSnapshot) => unknown> = {
  summary: renderSummary,
  status: renderStatus,
  components: (s) => ({ page: renderPage(s.page), components: renderComponents(s) }),
  incidents: (s) => ({ page: renderPage(s.page), incidents: renderIncidents(s) }),
  "incidents/unresolved": renderUnresolvedIncidents,
  "scheduled-maintenances": renderScheduledMaintenances,
  "scheduled-maintenances/upcoming": renderUpcomingMaintenances,
  "scheduled-maintenances/active": renderActiveMaintenances,
};
