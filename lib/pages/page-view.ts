import { pageUrlOf } from "@/lib/page-addressing/addressing";
import type { ModelComponent, ModelIncident, ModelPage, PublicModel } from "@/lib/public-model/model";

// One page's view of the public model: the same shape as the model, so every public renderer stays a pure function
// of "the model" and knows nothing of pages. Derived once per model and page (the model is replaced, never changed,
// so a view is never stale), and the renderers' own per-model caches then hold per page.
//
// What a page shows:
// - components it picked, or those in groups it picked, or all of them (showAllComponents); the others stay in the
//   view as hidden ones (showcase false), so every id still resolves, but an incident shown here names only the
//   page's own components (its component list and its updates' status changes): another page's internal component
//   is never named to this page's readers;
// - an incident that names one of its components; an incident naming none shows on the pages an admin picked, and
//   on the default page while none is picked (so an incident opened without components shows where it always did);
// - a maintenance that names one of its components; one naming none shows on the default page.

// Kept on globalThis, as the derived views are (lib/derived-views/derived.ts): Next bundles a copy of this module per
// route and another for the front server's direct render (lib/direct-render), and every view derived from a page's
// view (the status page's 18,000 uptime bars at scale) is derived once only if they all share one view object.
const holder = globalThis as typeof globalThis & {
  __beaconPageViews?: WeakMap<PublicModel, Map<string, PublicModel>>;
  __beaconIncidentPicks?: WeakMap<PublicModel, Map<string, Set<string>>>;
};
const views = (holder.__beaconPageViews ??= new WeakMap());

/** Every page of the model, the default one first. */
export function pagesOf(model: PublicModel): ModelPage[] {
  return model.pages?.length ? model.pages : [model.page];
}

export function findPage(model: PublicModel, pageId: string): ModelPage | undefined {
  return pagesOf(model).find((page) => page.id === pageId);
}

/** `pageId`'s view of the model; null for a page the model does not hold. The default page's id gives the default page. */
export function pageViewOf(model: PublicModel, pageId: string): PublicModel | null {
  let perPage = views.get(model);
  if (!perPage) views.set(model, (perPage = new Map()));
  const known = perPage.get(pageId);
  if (known) return known;
  const page = findPage(model, pageId);
  if (!page) return null;
  const view = derive(model, page);
  perPage.set(pageId, view);
  return view;
}

function derive(model: PublicModel, page: ModelPage): PublicModel {
  const isDefault = page.id === model.page.id;
  const all = page.showAllComponents ?? true;
  const picked = new Set(page.componentIds ?? []);
  const pickedGroups = new Set(page.groupIds ?? []);
  const onPage = (c: Pick<ModelComponent, "id" | "groupId">) =>
    all || picked.has(c.id) || (c.groupId !== null && pickedGroups.has(c.groupId));
  const shownIds = new Set(model.components.filter(onPage).map((c) => c.id));
  const pickedBy = incidentPicks(model);
  const incidents = model.incidents
    .filter((incident) =>
      incident.componentIds.length > 0
        ? incident.componentIds.some((id) => shownIds.has(id))
        : pickedBy.has(incident.id)
          ? pickedBy.get(incident.id)!.has(page.id)
          : isDefault,
    )
    .map((incident) => (all ? incident : namingOnly(incident, shownIds)));
  const maintenances = model.maintenances.filter((m) =>
    m.componentIds.length > 0 ? m.componentIds.some((id) => shownIds.has(id)) : isDefault,
  );
  const components = model.components.map((c) => (shownIds.has(c.id) || !c.showcase ? c : { ...c, showcase: false }));
  const groups = all
    ? model.groups
    : model.groups.filter((g) => pickedGroups.has(g.id) || model.components.some((c) => c.groupId === g.id && shownIds.has(c.id)));
  const unchanged =
    incidents.length === model.incidents.length &&
    incidents.every((incident, k) => incident === model.incidents[k]) &&
    maintenances.length === model.maintenances.length &&
    groups.length === model.groups.length &&
    components.every((c, k) => c === model.components[k]);
  if (unchanged && page === model.page) return model; // the default page showing everything: the model itself
  return {
    ...model,
    page: { ...page, url: isDefault ? page.url : pageUrlOf(model.page.url, page) },
    groups,
    components: unchanged ? model.components : components,
    incidents,
    maintenances,
  };
}

/** The incident as a page sees it: only the components in `shown` named; the same object when it names no other. */
function namingOnly(incident: ModelIncident, shown: Set<string>): ModelIncident {
  const foreign = (id: string) => !shown.has(id);
  if (!incident.componentIds.some(foreign) && !incident.updates.some((u) => u.componentChanges.some((c) => foreign(c.componentId))))
    return incident;
  return {
    ...incident,
    componentIds: incident.componentIds.filter((id) => shown.has(id)),
    updates: incident.updates.map((update) =>
      update.componentChanges.some((c) => foreign(c.componentId))
        ? { ...update, componentChanges: update.componentChanges.filter((c) => shown.has(c.componentId)) }
        : update,
    ),
  };
}

/** For each incident some page picked: the pages that picked it. */
const picksByModel = (holder.__beaconIncidentPicks ??= new WeakMap());
function incidentPicks(model: PublicModel): Map<string, Set<string>> {
  const known = picksByModel.get(model);
  if (known) return known;
  const picks = new Map<string, Set<string>>();
  for (const page of pagesOf(model)) {
    for (const id of page.incidentIds ?? []) {
      const pages = picks.get(id) ?? new Set<string>();
      pages.add(page.id);
      picks.set(id, pages);
    }
  }
  picksByModel.set(model, picks);
  return picks;
}
