import { mutationResponse } from "@/lib/api/errors";
import { unknownIdResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { isValidText } from "@/lib/http/valid-text";
import { publishDraftIncident } from "@/lib/incidents/publish-draft";

/** Publishes a draft incident (opened by an alert rule): it goes public and subscribers are told. 200 with the incident. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withToken(request, "incidents:write", async ({ actor }) => {
    const empty = request.body === null || request.headers.get("content-length") === "0";
    const body = empty ? ({ ok: true, value: {} } as const) : await readJsonBody(request);
    if (!body.ok) return body.response;
    const { id } = await params;
    if (!isValidText(id)) return unknownIdResponse();
    return mutationResponse(await publishDraftIncident({ actor }, id, body.value), 200);
  });
}
