import { componentResponseTimeBadge } from "@/lib/badges/response-time-badge";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** A component's median response time over 24 hours, from its monitors: /badge/<id-or-slug>/response-time.json. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const { ref } = await params;
  return componentResponseTimeBadge(request, ref, "json", readPublicModel);
}

export const HEAD = GET;
