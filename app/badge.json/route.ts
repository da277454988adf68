import { pageStatusBadge } from "@/lib/badges/status-badges";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** The page's overall status for shields.io's endpoint badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "json", readPublicModel);
}

export const HEAD = GET;
