import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/i18n/stored-translations";
import type { Translations } from "@/lib/i18n/translated-text";
import { underwayMaintenanceStatus } from "./underway";

export const RECENTLY_COMPLETED_LIMIT = 10;

export interface MaintenanceSummary {
  id: string;
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  autoStart: boolean;
  autoComplete: boolean;
  componentNames: string[];
}
export interface MaintenanceUpdateView {
  id: string;
  status: MaintenanceStatus;
  body: string;
  /** Public views only: the body's translations by locale (lib/i18n). */
  bodyTranslations?: Translations;
  displayAt: Date;
}
export interface MaintenanceDetail extends MaintenanceSummary {
  /** The name's translations by locale, edited beside the name. */
  nameTranslations?: Translations;
  updatedAt: Date;
  componentIds: string[];
  /** Newest first, as status pages show them. */
  updates: MaintenanceUpdateView[];
  /** A recurring maintenance's first occurrence: its RRULE and zone; `seriesId` on a later occurrence. */
  recurrence: { rule: string; timeZone: string } | null;
  seriesId: string | null;
}

const withComponents = {
  components: { include: { component: { select: { name: true, position: true } } } },
} as const;

type Row = {
  id: string;
  name: string;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  autoStart: boolean;
  autoComplete: boolean;
  components: { componentId: string; component: { name: string; position: number } }[];
};

function toSummary(m: Row): MaintenanceSummary {
  return {
    id: m.id,
    name: m.name,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    autoStart: m.autoStart,
    autoComplete: m.autoComplete,
    componentNames: [...m.components].sort((a, b) => a.component.position - b.component.position).map((c) => c.component.name),
  };
}

/**
 * The admin's maintenance list: what is underway, what is coming (soonest first) and the last few completed; `onPages`
 * narrows to the pages filtered by or an editor is limited to (lib/editor-pages/where.ts).
 */
export async function listMaintenancesForAdmin(onPages: Prisma.ScheduledMaintenanceWhereInput = {}) {
  const prisma = await getPrisma();
  const [underway, upcoming, completed] = await Promise.all([
    prisma.scheduledMaintenance.findMany({
      where: { AND: [{ status: underwayMaintenanceStatus() }, onPages] },
      orderBy: { scheduledFor: "asc" },
      include: withComponents,
    }),
    prisma.scheduledMaintenance.findMany({
      where: { AND: [{ status: "scheduled" }, onPages] },
      orderBy: { scheduledFor: "asc" },
      include: withComponents,
    }),
    prisma.scheduledMaintenance.findMany({
      where: { AND: [{ status: "completed" }, onPages] },
      orderBy: [{ completedAt: "desc" }, { scheduledFor: "desc" }],
      take: RECENTLY_COMPLETED_LIMIT,
      include: withComponents,
    }),
  ]);
  return { underway: underway.map(toSummary), upcoming: upcoming.map(toSummary), recentlyCompleted: completed.map(toSummary) };
}

/** One maintenance with its updates, as an admin edits it; null when there is no such maintenance. */
export async function getMaintenanceForAdmin(id: string): Promise<MaintenanceDetail | null> {
  const prisma = await getPrisma();
  const m = await prisma.scheduledMaintenance.findUnique({
    where: { id },
    include: { ...withComponents, updates: { orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }] } },
  });
  if (!m) return null;
  return {
    ...toSummary(m),
    nameTranslations: readTranslations(m.nameTranslations) ?? undefined,
    updatedAt: m.updatedAt,
    componentIds: m.components.map((c) => c.componentId),
    updates: m.updates.map((u) => ({ id: u.id, status: u.status, body: u.body, displayAt: u.displayAt })),
    recurrence: m.recurrence && m.recurrenceTimeZone ? { rule: m.recurrence, timeZone: m.recurrenceTimeZone } : null,
    seriesId: m.seriesId,
  };
}
