import { mutationResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse, unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { deleteMonitor } from "@/lib/monitors/delete";
import { getMonitor } from "@/lib/monitors/queries";
import { updateMonitor } from "@/lib/monitors/update";

type Params = { params: Promise<{ id: string }> };

const wrap = (monitor: unknown) => ({ monitor });

/** One monitor: 200 `{ monitor }`, 404 when there is none. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async () => {
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const monitor = await getMonitor(id);
    return monitor ? jsonResponse(wrap(monitor)) : errorResponse(404, { code: "not_found", message: "No such monitor" });
  });
}

/** Changes the fields sent (`enabled: false` pauses): 200 `{ monitor }`; the next check runs at once. */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const result = await updateMonitor(actor, id, body.value);
    return mutationResponse(result.ok ? { ok: true, data: wrap(result.data) } : result);
  });
}

/** Deletes the monitor with its checks and rollups: 200 `{ monitor }` (as it was). */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async ({ actor }) => {
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    const result = await deleteMonitor(actor, id);
    return mutationResponse(result.ok ? { ok: true, data: wrap(result.data) } : result);
  });
}
