import { pageStatusBadge } from "@/lib/badges/status-badges";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** The page's overall status as an SVG badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "svg", readPageModel);
}

export const HEAD = GET;
