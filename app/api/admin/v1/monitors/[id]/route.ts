import { mutationResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { deleteMonitor } from "@/lib/monitors/delete";
import { getMonitor } from "@/lib/monitors/queries";
import { updateMonitor } from "@/lib/monitors/update";

type Params = { params: Promise<{ id: string }> };

const wrap = (monitor: unknown) => ({ monitor });

/** One monitor: 200 `{ monitor }`, 404 when there is none. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async () => {
    const monitor = await getMonitor((await params).id);
    return monitor ? jsonResponse(wrap(monitor)) : errorResponse(404, { code: "not_found", message: "No such monitor" });
  });
}

/** Changes the fields sent (`enabled: false` pauses): 200 `{ monitor }`; the next check runs at once. */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const result = await updateMonitor(actor, (await params).id, body.value);
    return mutationResponse(result.ok ? { ok: true, data: wrap(result.data) } : result);
  });
}

/** Deletes the monitor with its checks and rollups: 200 `{ monitor }` (as it was). */
export async function DELETE(request: Request, { params }: Params): Promise<Response> {
  return withToken(request, "monitors:write", async ({ actor }) => {
    const result = await deleteMonitor(actor, (await params).id);
    return mutationResponse(result.ok ? { ok: true, data: wrap(result.data) } : result);
  });
}
