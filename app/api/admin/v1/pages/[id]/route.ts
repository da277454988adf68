import { mutationResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse, unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { getPage } from "@/lib/pages/queries";
import { deletePage, updatePage } from "@/lib/pages/write-pages";

type Params = { params: Promise<{ id: string }> };

/** One page: 200 `{ page }`, 404 when there is none. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "pages:write", async () => {
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const page = await getPage(id);
    return page ? jsonResponse({ page }) : errorResponse(404, { code: "not_found", message: "No such page" });
  });
}

/** Replaces the page's fields and selection (omitted lists mean none): 200 `{ page }`. */
export async function PUT(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "pages:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const result = await updatePage(actor, id, body.value);
    return mutationResponse(result.ok ? { ok: true, data: { page: result.data } } : result);
  });
}

/** Removes a page and its subscribers (never the default page: 422): 200 `{ page: { id } }`. */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "pages:write", async ({ actor }) => {
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const result = await deletePage(actor, id);
    return mutationResponse(result.ok ? { ok: true, data: { page: result.data } } : result);
  });
}
