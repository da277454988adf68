import { pageStatusBadge } from "@/lib/badges/status-badges";

export const dynamic = "force-dynamic";

/** The page's overall status for shields.io's endpoint badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "json");
}

export const HEAD = GET;
