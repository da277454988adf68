import { withComponentIds } from "@/lib/api/component-refs";
import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { editMaintenance } from "@/lib/maintenance/update";

/** Edits maintenance that has not started: 200 with `{ maintenance, componentIds }`; 409 once it is underway. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "maintenance:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await editMaintenance({ actor }, id, await withComponentIds(body.value)));
  });
}
