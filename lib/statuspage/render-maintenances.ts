import { maintenancePath } from "@/lib/core/public-paths";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { renderComponent, type StatuspageComponent } from "./render-components";
import type { SnapshotComponent, SnapshotMaintenance, SnapshotPage } from "./snapshot";

// Statuspage shapes a scheduled maintenance as an incident with impact "maintenance" and its window.

export interface StatuspageMaintenanceUpdate {
  id: string;
  status: MaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export interface StatuspageMaintenance {
  id: string;
  name: string;
  status: MaintenanceStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: null;
  resolved_at: string | null;
  impact: "maintenance";
  shortlink: string;
  started_at: string;
  page_id: string;
  scheduled_for: string;
  scheduled_until: string;
  incident_updates: StatuspageMaintenanceUpdate[];
  components: StatuspageComponent[];
}

export function renderMaintenance(
  m: SnapshotMaintenance,
  page: Pick<SnapshotPage, "id" | "url" | "timeZone">,
  components: readonly SnapshotComponent[],
): StatuspageMaintenance {
  const updates = [...m.updates].sort((a, b) => b.displayAt.getTime() - a.displayAt.getTime());
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    created_at: m.createdAt.toISOString(),
    updated_at: m.updatedAt.toISOString(),
    monitoring_at: null,
    resolved_at: m.completedAt?.toISOString() ?? null,
    impact: "maintenance",
    shortlink: `${page.url.replace(/\/+$/, "")}${maintenancePath(m.id)}`,
    started_at: (m.startedAt ?? m.scheduledFor).toISOString(),
    page_id: page.id,
    scheduled_for: m.scheduledFor.toISOString(),
    scheduled_until: m.scheduledUntil.toISOString(),
    incident_updates: updates.map((u) => ({
      id: u.id,
      status: u.status,
      body: u.body,
      incident_id: m.id,
      created_at: u.createdAt.toISOString(),
      updated_at: u.updatedAt.toISOString(),
      display_at: u.displayAt.toISOString(),
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: components.filter((c) => m.componentIds.includes(c.id)).map((c) => renderComponent(c, page)),
  };
}
