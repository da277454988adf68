import "server-only";
import { parseEnv } from "@/lib/env";
import type { CrawledPage } from "@/lib/page-access/crawlers";
import { pageUrlOf } from "@/lib/page-addressing/addressing";
import { pagesOf, pageViewOf } from "@/lib/pages/page-view";
import type { PublicModel } from "@/lib/public-model/model";

/** Every page as crawlers see it: its own URL (canonical domain, or /p/<slug> on the instance's), and what it shows. */
export function crawledPagesOf(model: PublicModel): CrawledPage[] {
  const instanceUrl = parseEnv().publicUrl ?? model.page.url;
  return pagesOf(model).map((page) => {
    const view = pageViewOf(model, page.id) ?? model;
    const paths = ["/", "/history", ...view.incidents.slice(0, 500).map((incident) => `/incidents/${incident.id}`)];
    const url = page.id === model.page.id ? instanceUrl : pageUrlOf(instanceUrl, page);
    return { url, access: page.access, paths, lastModified: model.asOf };
  });
}
