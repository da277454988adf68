import { pageStatusBadge } from "@/lib/badges/status-badges";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** The page's overall status for shields.io's endpoint badge. */
export function GET(request: Request): Promise<Response> {
  return pageStatusBadge(request, "json", readPageModel);
}

export const HEAD = GET;
