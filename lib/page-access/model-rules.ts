import type { PageAccessRule } from "./access-rule";

/** Each page's rule by page id, as the bridge carries it to the front server (the default page alone in an older model). */
export function accessRulesOf(model: {
  page: { id: string; access: PageAccessRule };
  pages?: { id: string; access: PageAccessRule }[];
}): ReadonlyMap<string, PageAccessRule> {
  const pages = model.pages?.length ? model.pages : [model.page];
  return new Map(pages.map((page) => [page.id, page.access]));
}
