import { componentStatusBadge } from "@/lib/badges/status-badges";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

// One dynamic name at this level: `[ref]` is "<id-or-slug>.svg|.json" here and the bare ref under uptime.
/** A component's or group's status: /badge/<id-or-slug>.svg or .json. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const { ref } = await params;
  return componentStatusBadge(request, ref, readPageModel);
}

export const HEAD = GET;
