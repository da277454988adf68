import { slugFromName } from "@/lib/components/slug";
import { HISTORY_PAGE_SIZE } from "@/lib/incidents/queries";
import type { PublicRefs } from "@/lib/public-surface/bridge";
import type { PublicModel } from "./model";

/** The ids, slugs and history pages public URLs may name, for the front server's keys. */
export function publicRefsOf(model: PublicModel): PublicRefs {
  const shown = model.components.filter((c) => c.showcase);
  return {
    incidents: new Set(model.incidents.map((i) => i.id)),
    components: new Set([...shown.flatMap((c) => [c.id, c.slug]), ...model.groups.flatMap((g) => [g.id, slugFromName(g.name)])]),
    historyPages: Math.max(1, Math.ceil(model.incidents.length / HISTORY_PAGE_SIZE)),
  };
}
