import type {
  Component,
  Incident,
  IncidentUpdate,
  IncidentUpdateComponent,
  MaintenanceUpdate,
  ScheduledMaintenance,
} from "@/lib/generated/prisma/client";
import type { SnapshotComponent, SnapshotIncident, SnapshotMaintenance } from "./snapshot";

// Store rows to snapshot data: only the fields the documents show, so nothing else can leak into them.

type IncidentRow = Incident & {
  components: { componentId: string }[];
  updates: (IncidentUpdate & { componentChanges: (IncidentUpdateComponent & { component: { name: string } })[] })[];
};
type MaintenanceRow = ScheduledMaintenance & { components: { componentId: string }[]; updates: MaintenanceUpdate[] };

export function toSnapshotComponent(c: Component): SnapshotComponent {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    status: c.status,
    position: c.position,
    groupId: c.groupId,
    startDate: c.startDate,
    showcase: c.showcase,
    onlyShowIfDegraded: c.onlyShowIfDegraded,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** The fields an incident update and a maintenance update share. */
function snapshotUpdate<S>(u: { id: string; status: S; body: string; displayAt: Date; createdAt: Date; updatedAt: Date }) {
  return { id: u.id, status: u.status, body: u.body, displayAt: u.displayAt, createdAt: u.createdAt, updatedAt: u.updatedAt };
}

export function toSnapshotIncident(i: IncidentRow): SnapshotIncident {
  return {
    id: i.id,
    name: i.name,
    status: i.status,
    impact: i.impact,
    startedAt: i.startedAt,
    monitoringAt: i.monitoringAt,
    resolvedAt: i.resolvedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    componentIds: i.components.map((ic) => ic.componentId),
    updates: i.updates.map((u) => ({
      ...snapshotUpdate(u),
      deliverNotifications: u.deliverNotifications,
      componentChanges: u.componentChanges.map((c) => ({
        componentId: c.componentId,
        componentName: c.component.name,
        oldStatus: c.oldStatus,
        newStatus: c.newStatus,
      })),
    })),
  };
}

export function toSnapshotMaintenance(m: MaintenanceRow): SnapshotMaintenance {
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    componentIds: m.components.map((mc) => mc.componentId),
    updates: m.updates.map(snapshotUpdate),
  };
}
