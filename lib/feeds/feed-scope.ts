import { slugFromName } from "@/lib/components/slug";
import type { PublicModel } from "@/lib/public-model/model";

// `?component=<slug>` on the feeds and the calendar: one shown component, or a group (by id or the slug of its
// name, as badges name them), so a reader can follow just that. Cut from the model: an unknown slug is known to be
// unknown without a store read.

export interface FeedScope {
  name: string;
  componentIds: ReadonlySet<string>;
}

/** The component or group a slug or id names among what the page shows; null when it names nothing. */
export function feedScopeOf(model: PublicModel, ref: string): FeedScope | null {
  const shown = model.components.filter((c) => c.showcase);
  const component = shown.find((c) => c.slug === ref || c.id === ref);
  if (component) return { name: component.name, componentIds: new Set([component.id]) };
  const group = model.groups.find((g) => g.id === ref || slugFromName(g.name) === ref);
  if (!group) return null;
  return { name: group.name, componentIds: new Set(model.components.filter((c) => c.groupId === group.id).map((c) => c.id)) };
}

/** The model with only the incidents and maintenance touching the scope, titled after it; null for an unknown ref. */
export function scopedModel(model: PublicModel, ref: string | null): PublicModel | null {
  if (ref === null) return model;
  const scope = feedScopeOf(model, ref);
  if (!scope) return null;
  const touches = (ids: string[]) => ids.some((id) => scope.componentIds.has(id));
  return {
    ...model,
    page: { ...model.page, name: `${model.page.name}: ${scope.name}` },
    incidents: model.incidents.filter((i) => touches(i.componentIds)),
    maintenances: model.maintenances.filter((m) => touches(m.componentIds)),
  };
}
