import { pageStatusBadge } from "@/lib/badges/status-badges";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** The page's overall status as an SVG badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "svg", readPublicModel);
}

export const HEAD = GET;
