import { componentUptimeBadge } from "@/lib/badges/status-badges";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** A component's uptime: /badge/<id-or-slug>/uptime.svg or uptime.json, with ?days=1–90. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string; file: string }> }): Promise<Response> {
  const { ref, file } = await params;
  return componentUptimeBadge(request, ref, file, readPageModel);
}

export const HEAD = GET;
