import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PAGE_SETTINGS, DEFAULT_PAGE_SLUG, PAGE_SETTINGS_ID } from "@/lib/page/settings";

// Pages as admins and the write API see them: every field and the selection, the default page first (also before
// its settings were first saved, when it has no row yet).

export interface PageRecord {
  id: string;
  isDefault: boolean;
  name: string;
  slug: string;
  url: string;
  timeZone: string;
  description: string | null;
  logoUrl: string | null;
  accentColor: string | null;
  defaultLanguage: string;
  followBrowserLanguage: boolean;
  domains: string[];
  canonicalDomain: string | null;
  showAllComponents: boolean;
  componentIds: string[];
  groupIds: string[];
  incidentIds: string[];
}

const WITH_SELECTION = {
  components: { select: { componentId: true } },
  componentGroups: { select: { groupId: true } },
  incidents: { select: { incidentId: true } },
} as const;

type Row = Prisma.PageSettingsGetPayload<{ include: typeof WITH_SELECTION }>;

function recordOf(row: Row): PageRecord {
  return {
    id: row.id,
    isDefault: row.id === PAGE_SETTINGS_ID,
    name: row.name,
    slug: row.slug,
    url: row.url,
    timeZone: row.timeZone,
    description: row.description,
    logoUrl: row.logoUrl,
    accentColor: row.accentColor,
    defaultLanguage: row.defaultLanguage,
    followBrowserLanguage: row.followBrowserLanguage,
    domains: row.domains,
    canonicalDomain: row.canonicalDomain,
    showAllComponents: row.showAllComponents,
    componentIds: row.components.map((c) => c.componentId).sort(),
    groupIds: row.componentGroups.map((g) => g.groupId).sort(),
    incidentIds: row.incidents.map((i) => i.incidentId).sort(),
  };
}

/** The default page before its settings were first saved. */
const UNSAVED_DEFAULT: PageRecord = {
  id: PAGE_SETTINGS_ID,
  isDefault: true,
  ...DEFAULT_PAGE_SETTINGS,
  slug: DEFAULT_PAGE_SLUG,
  accentColor: null,
  defaultLanguage: "en",
  followBrowserLanguage: true,
  domains: [],
  canonicalDomain: null,
  showAllComponents: true,
  componentIds: [],
  groupIds: [],
  incidentIds: [],
};

export async function readPageRecord(tx: Prisma.TransactionClient, id: string): Promise<PageRecord | null> {
  const row = await tx.pageSettings.findUnique({ where: { id }, include: WITH_SELECTION });
  return row ? recordOf(row) : null;
}

/** The page, or null; the default page always exists. */
export async function getPage(id: string): Promise<PageRecord | null> {
  const prisma = await getPrisma();
  const page = await readPageRecord(prisma, id);
  return page ?? (id === PAGE_SETTINGS_ID ? UNSAVED_DEFAULT : null);
}

/** Every page, the default one first, then by creation. */
export async function listPages(): Promise<PageRecord[]> {
  const prisma = await getPrisma();
  const rows = await prisma.pageSettings.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: WITH_SELECTION });
  const pages = rows.map(recordOf);
  const defaultPage = pages.find((page) => page.isDefault) ?? UNSAVED_DEFAULT;
  return [defaultPage, ...pages.filter((page) => !page.isDefault)];
}
