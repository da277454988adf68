import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { setComponentStatus } from "@/lib/components/set-status";
import { isValidText } from "@/lib/http/valid-text";

/** Sets the component's status; `{id}` is the component's id or slug. 200 with `{ component, changed }`. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "components:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await setComponentStatus(actor, id, body.value), 200);
  });
}
