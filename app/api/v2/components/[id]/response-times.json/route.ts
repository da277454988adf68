import { componentResponseTimesResponse } from "@/lib/direct-render/component-response-times";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** Beacon extension: a component's p50/p95 response times, ?range=24h|7d|30d (default 24h), from monitor rollups. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return componentResponseTimesResponse(request, id, readPageModel);
}

export const HEAD = GET;
