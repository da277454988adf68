import { pageStatusBadge } from "@/lib/badges/status-badges";

export const dynamic = "force-dynamic";

/** The page's overall status as an SVG badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "svg");
}

export const HEAD = GET;
