import { withComponentIds } from "@/lib/api/component-refs";
import { mutationResponse } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { listReachOfActor } from "@/lib/editor-pages/list-reach";
import { incidentsOn } from "@/lib/editor-pages/where";
import { createIncident } from "@/lib/incidents/create";
import { listRecentIncidents } from "@/lib/incidents/list-recent";

/** The 50 newest incidents with their updates. */
export async function GET(request: Request): Promise<Response> {
  return withToken(request, "incidents:write", async ({ actor }) => {
    const { reaches } = await listReachOfActor(actor);
    return jsonResponse({ incidents: await listRecentIncidents(undefined, incidentsOn(reaches)) });
  });
}

/** Opens an incident with its first update: 201 with `{ incident, update }`. */
export async function POST(request: Request): Promise<Response> {
  return withToken(request, "incidents:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    return mutationResponse(await createIncident({ actor }, await withComponentIds(body.value)), 201);
  });
}
