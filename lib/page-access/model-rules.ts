import type { PageAccessRule } from "./access-rule";

/** Each page's rule by page id, as the bridge carries it to the front server. One page today; one entry per page later. */
export function accessRulesOf(model: { page: { id: string; access: PageAccessRule } }): ReadonlyMap<string, PageAccessRule> {
  return new Map([[model.page.id, model.page.access]]);
}
