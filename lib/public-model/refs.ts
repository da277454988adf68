import { slugFromName } from "@/lib/components/slug";
import { historyPageCount } from "@/lib/history/history-of-model";
import { pageRoutesOf } from "@/lib/page-addressing/addressing";
import type { PublicRefs } from "@/lib/public-surface/bridge";
import type { PublicModel } from "./model";

/** The ids, slugs and history pages public URLs may name, for the front server's keys. */
export function publicRefsOf(model: PublicModel): PublicRefs {
  const shown = model.components.filter((c) => c.showcase);
  return {
    incidents: new Set(model.incidents.map((i) => i.id)),
    maintenances: new Set(model.maintenances.map((m) => m.id)),
    components: new Set([...shown.flatMap((c) => [c.id, c.slug]), ...model.groups.flatMap((g) => [g.id, slugFromName(g.name)])]),
    // Of every page at once: an id one page does not show is a 404 there, one key per page (a bounded set).
    historyPages: historyPageCount(model),
    slugs: [...shown.map((c) => c.slug), ...model.groups.map((g) => slugFromName(g.name))],
    componentIds: shown.map((c) => c.id),
    pages: pageRoutesOf(model.pages?.length ? model.pages : [model.page], model.page.id),
  };
}
