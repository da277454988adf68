// Two pages over three components, for the tests of editors limited to pages: the default page shows everything,
// "internal" only the database. Incidents on the API (default page only), on the database (both), on both components
// (both), and one naming none (default); maintenance on the web and the database; a subscriber of each page.
import { randomUUID } from "node:crypto";
import type { AdminRole } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type FixtureAdmin = { id: string; email: string; name: string; role: AdminRole };

export const COMPONENT_IDS = { api: "c-api", web: "c-web", dbc: "c-db" };

export async function seedTwoPages(prisma: PrismaClient, now: Date) {
  const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
  await prisma.pageSettings.create({
    data: { id: "page", name: "Acme", url: "https://status.acme.test", timeZone: "UTC", slug: "default" },
  });
  await prisma.pageSettings.create({
    data: { id: "p-internal", name: "Internal", url: "https://x.test", timeZone: "UTC", slug: "internal", showAllComponents: false },
  });
  for (const [slug, id] of Object.entries(COMPONENT_IDS)) {
    await prisma.component.create({ data: { id, slug, name: slug.toUpperCase(), startDate: now } });
  }
  await prisma.pageComponent.create({ data: { pageId: "p-internal", componentId: COMPONENT_IDS.dbc } });
  const admins = {} as Record<"owner" | "limited" | "free", FixtureAdmin>;
  for (const [key, role] of [
    ["owner", "owner"],
    ["limited", "editor"],
    ["free", "editor"],
  ] as const) {
    admins[key] = { id: randomUUID(), email: `${key}@example.com`, name: key, role };
    await prisma.user.create({ data: admins[key] });
  }
  const incident = (id: string, name: string, componentIds: string[]) =>
    prisma.incident.create({
      data: {
        id,
        name,
        impact: "minor",
        status: "investigating",
        startedAt: now,
        components: { create: componentIds.map((componentId) => ({ componentId })) },
      },
    });
  await incident("i-api", "API slow", [COMPONENT_IDS.api]);
  await incident("i-db", "Database slow", [COMPONENT_IDS.dbc]);
  await incident("i-bare", "Mail delayed", []);
  const maintenance = (id: string, name: string, componentIds: string[]) =>
    prisma.scheduledMaintenance.create({
      data: {
        id,
        name,
        status: "scheduled",
        scheduledFor: later(1),
        scheduledUntil: later(2),
        components: { create: componentIds.map((componentId) => ({ componentId })) },
      },
    });
  await maintenance("m-web", "Web deploy", [COMPONENT_IDS.web]);
  await maintenance("m-db", "Database upgrade", [COMPONENT_IDS.dbc]);
  for (const [email, pageId] of [
    ["a@example.com", null],
    ["b@example.com", "p-internal"],
  ] as const) {
    await prisma.subscriber.create({ data: { channel: "email", email, componentIds: [], groupIds: [], pageId, confirmedAt: now } });
  }
  return { admins, incident, maintenance, later: (days: number) => later(days).toISOString() };
}
