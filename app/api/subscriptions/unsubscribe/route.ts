import { errorResponse, jsonResponse } from "@/lib/api/json-response";
import { pageUrlFor } from "@/lib/page/page-url";
import { unsubscribe } from "@/lib/subscriptions/manage";

export const dynamic = "force-dynamic";

// RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe URL.
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  const result = await unsubscribe(token);
  if (!result.ok) return errorResponse(404, { code: "not_found", message: result.error.message });
  return jsonResponse(result.data);
}

// A person who opens the URL gets the page that asks before unsubscribing (link scanners only GET).
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return Response.redirect(await pageUrlFor(`/subscribe/unsubscribe?token=${encodeURIComponent(token)}`), 303);
}
