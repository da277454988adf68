import "server-only";
import { getPrisma } from "@/lib/db/boot";
import type { UpstreamSummary } from "./summary";

/** Every upstream with its mirrors, for the admin list. */
export async function listUpstreamsForAdmin() {
  const prisma = await getPrisma();
  return prisma.upstream.findMany({
    orderBy: { name: "asc" },
    omit: { summary: true },
    include: {
      mirrors: {
        include: { component: { select: { id: true, name: true, status: true, manualStatus: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/** One upstream, its mirrors and what it offers to mirror (its last summary's components and groups). */
export async function getUpstreamForAdmin(id: string) {
  const prisma = await getPrisma();
  const upstream = await prisma.upstream.findUnique({
    where: { id },
    include: {
      mirrors: {
        include: { component: { select: { id: true, name: true, status: true, manualStatus: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!upstream) return null;
  const summary = upstream.summary as UpstreamSummary | null;
  const groups = await prisma.componentGroup.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } });
  return { upstream, choices: summary?.components ?? [], indicator: summary?.indicator ?? null, groups };
}
