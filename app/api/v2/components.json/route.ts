import { readPageModel } from "@/lib/pages/request-page";
import { STATUSPAGE_DOCUMENTS } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 components.json: components and groups in one list. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, STATUSPAGE_DOCUMENTS.components, readPageModel);
}

export const HEAD = GET;
