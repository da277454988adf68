import { sitemapXml } from "@/lib/page-access/crawlers";
import { crawledPagesOf } from "@/lib/pages/crawled-pages";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(sitemapXml(crawledPagesOf(await readPublicModel())), {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      "cache-control": "public, max-age=300",
      "x-content-type-options": "nosniff",
    },
  });
}
