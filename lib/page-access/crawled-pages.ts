import "server-only";
import { parseEnv } from "@/lib/env";
import type { PublicModel } from "@/lib/public-model/model";
import type { CrawledPage } from "./crawlers";

/** The model's pages as crawlers see them: one page today (its URL: BEACON_PUBLIC_URL or the page setting). */
export function crawledPagesOf(model: PublicModel): CrawledPage[] {
  const paths = ["/", "/history", ...model.incidents.slice(0, 500).map((incident) => `/incidents/${incident.id}`)];
  return [{ url: parseEnv().publicUrl ?? model.page.url, access: model.page.access, paths, lastModified: model.asOf }];
}
