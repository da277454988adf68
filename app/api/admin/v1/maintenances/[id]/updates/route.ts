import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { addMaintenanceUpdate } from "@/lib/maintenance/add-update";

/** Posts an update to the maintenance: 201 with `{ maintenance, update }`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "maintenance:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await addMaintenanceUpdate({ actor }, id, body.value), 201);
  });
}
