import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import { deriveGroupStatus } from "@/lib/status/overall-status";
import { countsTowardStatus, unavailableText } from "@/lib/status/third-party";
import type { SnapshotComponent, SnapshotGroup, SnapshotPage, StatuspageSnapshot } from "./snapshot";

export interface StatuspageComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Child component ids; groups only. */
  components?: string[];
}

// One formatter per time zone: making one costs far more than formatting (summary.json formats a date per component).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day in the page's time zone, as YYYY-MM-DD. */
export function calendarDate(date: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(timeZone, format);
  }
  return format.format(date);
}

/**
 * Statuspage's component has no third-party flag and Beacon's schema is strict, so a mirrored component says so
 * at the start of its description: "Third-party: GitHub (https://www.githubstatus.com). …". An unknown status
 * keeps the last one Beacon read (a valid value) and the description says it is unavailable.
 */
export function describedComponent(c: Pick<SnapshotComponent, "description" | "thirdParty">): string | null {
  const tp = c.thirdParty;
  if (!tp) return c.description;
  const parts = [`Third-party: ${tp.vendor} (${tp.url}).`];
  if (tp.unavailable) parts.push(`${unavailableText(tp.vendor)}.`);
  if (tp.incidentTitle) parts.push(`${tp.vendor} reports: ${tp.incidentTitle}.`);
  if (c.description) parts.push(c.description);
  return parts.join(" ");
}

export function renderComponent(c: SnapshotComponent, page: Pick<SnapshotPage, "id" | "timeZone">): StatuspageComponent {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    position: c.position,
    description: describedComponent(c),
    showcase: c.showcase,
    start_date: calendarDate(c.startDate, page.timeZone),
    group_id: c.groupId,
    page_id: page.id,
    group: false,
    only_show_if_degraded: c.onlyShowIfDegraded,
  };
}

function renderGroup(g: SnapshotGroup, members: SnapshotComponent[], pageId: string): StatuspageComponent {
  return {
    id: g.id,
    name: g.name,
    status: deriveGroupStatus(members.filter(countsTowardStatus).map((m) => m.status)),
    created_at: g.createdAt.toISOString(),
    updated_at: g.updatedAt.toISOString(),
    position: g.position,
    description: g.description,
    showcase: false,
    start_date: null,
    group_id: null,
    page_id: pageId,
    group: true,
    only_show_if_degraded: false,
    components: members.map((m) => m.id),
  };
}

/** Groups and components in one list, in page order: each group followed by its members. Empty groups are left out, as on the page. */
export function renderComponents(snapshot: Pick<StatuspageSnapshot, "page" | "groups" | "components">): StatuspageComponent[] {
  const { page } = snapshot;
  const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;
  const sections: { position: number; entries: StatuspageComponent[] }[] = [];
  for (const group of snapshot.groups) {
    const members = snapshot.components.filter((c) => c.groupId === group.id).sort(byPosition);
    if (members.length === 0) continue;
    sections.push({
      position: group.position,
      entries: [renderGroup(group, members, page.id), ...members.map((m) => renderComponent(m, page))],
    });
  }
  const groupIds = new Set(snapshot.groups.map((g) => g.id));
  for (const c of snapshot.components.filter((c) => c.groupId === null || !groupIds.has(c.groupId))) {
    sections.push({ position: c.position, entries: [renderComponent(c, page)] });
  }
  return sections.sort(byPosition).flatMap((s) => s.entries);
}
