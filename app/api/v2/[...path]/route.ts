import { publicResponse } from "@/lib/http/public-response";

// Every path under /api/v2 that no document answers: a JSON 404 in the v2 error shape, not Next's HTML page,
// so a client that polls a misspelt URL reads an error it can parse.

export const dynamic = "force-dynamic";

async function notFound(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const body = {
    error: {
      code: "not_found",
      message: `/api/v2/${path.join("/")} is not a status API document; see /api/v2/summary.json, /api/v2/status.json, /api/v2/components.json, /api/v2/incidents.json and /api/v2/scheduled-maintenances.json`,
    },
  };
  return publicResponse(request, JSON.stringify(body), {
    contentType: "application/json; charset=utf-8",
    status: 404,
    cacheControl: "no-store",
  });
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
