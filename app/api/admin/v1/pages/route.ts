import { mutationResponse } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { listPages } from "@/lib/pages/queries";
import { createPage } from "@/lib/pages/write-pages";

/** Every page with its addresses and selection, the default page first. */
export async function GET(request: Request): Promise<Response> {
  return withToken(request, "pages:write", async () => jsonResponse({ pages: await listPages() }));
}

/** Adds a page: 201 `{ page }`. */
export async function POST(request: Request): Promise<Response> {
  return withToken(request, "pages:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const result = await createPage(actor, body.value);
    return mutationResponse(result.ok ? { ok: true, data: { page: result.data } } : result, 201);
  });
}
