import { readPageModel } from "@/lib/pages/request-page";
import { renderComponents } from "@/lib/statuspage/render-components";
import { renderPage } from "@/lib/statuspage/render-page";
import { statuspageResponse } from "@/lib/statuspage/respond";

export const dynamic = "force-dynamic";

/** Statuspage v2 components.json: components and groups in one list. */
export function GET(request: Request): Promise<Response> {
  return statuspageResponse(request, (s) => ({ page: renderPage(s.page), components: renderComponents(s) }), readPageModel);
}

export const HEAD = GET;
