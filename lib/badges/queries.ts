import "server-only";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import { getPrisma } from "@/lib/db/boot";
import { getStatusPage } from "@/lib/status/queries";
import { type BadgeTarget, badgeTargets, findBadgeTarget } from "./badge-target";

// Badges read exactly what the public page renders (getStatusPage, the one status engine), so they cannot disagree.

export async function loadPageIndicator(now = new Date()): Promise<StatusIndicator> {
  return (await getStatusPage(now)).overall.indicator;
}

/** The component or group `ref` (id or slug) names, as the page shows it now; null when the page doesn't show it. */
export async function loadBadgeTarget(ref: string, now = new Date()): Promise<BadgeTarget | null> {
  const prisma = await getPrisma();
  const [view, slugOwner] = await Promise.all([
    getStatusPage(now),
    prisma.component.findUnique({ where: { slug: ref }, select: { id: true } }),
  ]);
  return findBadgeTarget(badgeTargets(view.sections), ref, slugOwner?.id ?? null);
}
