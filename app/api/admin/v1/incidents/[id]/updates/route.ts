import { withComponentIds } from "@/lib/api/component-refs";
import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { addIncidentUpdate } from "@/lib/incidents/add-update";

/** Posts an update to the incident: 201 with `{ incident, update }`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "incidents:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await addIncidentUpdate({ actor }, id, await withComponentIds(body.value)), 201);
  });
}
