import { withComponentIds } from "@/lib/api/component-refs";
import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { resolveIncident } from "@/lib/incidents/resolve";

/** Posts a resolved update, by default returning the affected components to operational: 200 with `{ incident, update }`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "incidents:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await resolveIncident({ actor }, id, await withComponentIds(body.value)), 200);
  });
}
