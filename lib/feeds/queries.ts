import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { underwayMaintenanceStatus } from "@/lib/maintenance/underway";
import { FEED_ENTRY_LIMIT, type FeedHistory, type FeedMaintenance, type FeedPage, type MaintenanceCalendarData } from "./model";

/** Completed maintenance stays on the calendar this long, so subscribers keep recent history. */
export const CALENDAR_COMPLETED_DAYS = 90;
const CALENDAR_EVENT_LIMIT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

const PAGE_FALLBACK: Omit<FeedPage, "updatedAt"> = { name: "Status", url: "http://localhost:3000", timeZone: "UTC" };

const UPDATES_OLDEST_FIRST = {
  orderBy: [{ displayAt: "asc" as const }, { createdAt: "asc" as const }],
  select: { status: true, body: true, displayAt: true },
};

const MAINTENANCE_INCLUDE = {
  updates: UPDATES_OLDEST_FIRST,
  components: { select: { component: { select: { name: true, position: true } } } },
};

type MaintenanceRow = Omit<FeedMaintenance, "componentNames"> & {
  components: { component: { name: string; position: number } }[];
};

async function readPage(): Promise<FeedPage> {
  const prisma = await getPrisma();
  const settings = await prisma.pageSettings.findFirst();
  return settings
    ? { name: settings.name, url: settings.url, timeZone: settings.timeZone, updatedAt: settings.updatedAt }
    : { ...PAGE_FALLBACK, updatedAt: new Date(0) };
}

function toFeedMaintenance({ components, ...m }: MaintenanceRow): FeedMaintenance {
  const names = components.map((c) => c.component).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    componentNames: names.map((c) => c.name),
    updates: m.updates,
  };
}

/** The 50 most recent incidents and the 50 most recent maintenances, each with its updates; the builder merges them. */
export async function loadFeedHistory(): Promise<FeedHistory> {
  const prisma = await getPrisma();
  const [page, incidents, maintenances] = await Promise.all([
    readPage(),
    prisma.incident.findMany({
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      take: FEED_ENTRY_LIMIT,
      select: { id: true, name: true, startedAt: true, updates: UPDATES_OLDEST_FIRST },
    }),
    prisma.scheduledMaintenance.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: FEED_ENTRY_LIMIT,
      include: MAINTENANCE_INCLUDE,
    }),
  ]);
  return { page, incidents, maintenances: maintenances.map(toFeedMaintenance) };
}

/** Maintenance a calendar shows: upcoming, in progress, and windows that ended in the last 90 days. */
export async function loadMaintenanceCalendar(now = new Date()): Promise<MaintenanceCalendarData> {
  const prisma = await getPrisma();
  const cutoff = new Date(now.getTime() - CALENDAR_COMPLETED_DAYS * DAY_MS);
  const [page, maintenances] = await Promise.all([
    readPage(),
    prisma.scheduledMaintenance.findMany({
      where: { OR: [{ scheduledUntil: { gte: cutoff } }, { status: underwayMaintenanceStatus() }] },
      orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
      take: CALENDAR_EVENT_LIMIT,
      include: MAINTENANCE_INCLUDE,
    }),
  ]);
  return { page, maintenances: maintenances.map(toFeedMaintenance) };
}
