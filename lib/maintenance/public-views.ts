import type { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import type { Translations } from "@/lib/i18n/translated-text";
import type { PublicModel } from "@/lib/public-model/model";
import type { MaintenanceUpdateView } from "./queries";

// The public maintenance page, from the public read model: an unknown id is answered from the model too (null: 404).

export interface MaintenanceDetailView {
  id: string;
  name: string;
  /** The name's translations by locale (lib/i18n). */
  nameTranslations?: Translations;
  status: MaintenanceStatus;
  scheduledFor: Date;
  scheduledUntil: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** In page order. */
  affectedComponents: string[];
  /** The first update: what the window is for. It stays on the page once the window starts. */
  announcement: MaintenanceUpdateView | null;
  /** Newest first, the announcement last. */
  updates: MaintenanceUpdateView[];
}

/** One maintenance with its whole timeline, or null when the model knows no such maintenance. */
export function maintenanceFromModel(model: PublicModel, id: string): MaintenanceDetailView | null {
  const m = model.maintenances.find((candidate) => candidate.id === id);
  if (!m) return null;
  const byId = new Map(model.components.map((c) => [c.id, c]));
  const updates = m.updates.map(({ id, status, body, bodyTranslations, displayAt }) => ({ id, status, body, bodyTranslations, displayAt }));
  return {
    id: m.id,
    name: m.name,
    nameTranslations: m.nameTranslations,
    status: m.status,
    scheduledFor: m.scheduledFor,
    scheduledUntil: m.scheduledUntil,
    startedAt: m.startedAt,
    completedAt: m.completedAt,
    affectedComponents: m.componentIds
      .map((componentId) => byId.get(componentId))
      .filter((c) => c !== undefined)
      .sort((a, b) => a.position - b.position)
      .map((c) => c.name),
    announcement: updates.at(-1) ?? null,
    updates,
  };
}
