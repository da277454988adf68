import { componentResponseTimeBadge } from "@/lib/badges/response-time-badge";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** A component's median response time over 24 hours, from its monitors: /badge/<id-or-slug>/response-time.json. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const { ref } = await params;
  return componentResponseTimeBadge(request, ref, "json", readPageModel);
}

export const HEAD = GET;
