import "server-only";
import type { StatusIndicator } from "@/lib/core/status-vocabulary";
import { getPrisma } from "@/lib/db/boot";
import type { PublicModel } from "@/lib/public-model/model";
import { getStatusPage } from "@/lib/status/queries";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { type BadgeTarget, badgeTargets, findBadgeTarget } from "./badge-target";

// Badges read exactly what the public page renders (the one status engine, from the same model), so they cannot disagree.

export function pageIndicatorOfModel(model: PublicModel, now = new Date()): StatusIndicator {
  return statusPageOfModel(model, now).overall.indicator;
}

/** The component or group `ref` (id or slug) names, as the page shows it now; null when the page doesn't show it. */
export function badgeTargetOfModel(model: PublicModel, ref: string, now = new Date()): BadgeTarget | null {
  const slugOwner = model.components.find((c) => c.slug === ref);
  return findBadgeTarget(badgeTargets(statusPageOfModel(model, now).sections), ref, slugOwner?.id ?? null);
}
