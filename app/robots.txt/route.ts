import { parseEnv } from "@/lib/env";
import { robotsTxt } from "@/lib/page-access/crawlers";
import { crawledPagesOf } from "@/lib/pages/crawled-pages";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

export async function GET() {
  const model = await readPublicModel();
  const origin = parseEnv().publicUrl ?? model.page.url;
  return new Response(robotsTxt(origin, crawledPagesOf(model)), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=300", "x-content-type-options": "nosniff" },
  });
}
