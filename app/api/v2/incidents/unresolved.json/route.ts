import { readPageModel } from "@/lib/pages/request-page";
import { STATUSPAGE_DOCUMENTS } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 incidents/unresolved.json: incidents not yet resolved. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, STATUSPAGE_DOCUMENTS["incidents/unresolved"], readPageModel);
}

export const HEAD = GET;
