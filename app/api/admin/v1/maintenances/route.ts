import { withComponentIds } from "@/lib/api/component-refs";
import { mutationResponse } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { listReachOfActor } from "@/lib/editor-pages/list-reach";
import { maintenancesOn } from "@/lib/editor-pages/where";
import { createMaintenance } from "@/lib/maintenance/create";
import { listMaintenancesForApi } from "@/lib/maintenance/list-recent";

/** Upcoming and underway maintenance, then the 20 most recently completed, with their updates. */
export async function GET(request: Request): Promise<Response> {
  return withToken(request, "maintenance:write", async ({ actor }) => {
    const { reaches } = await listReachOfActor(actor);
    return jsonResponse({ maintenances: await listMaintenancesForApi(undefined, maintenancesOn(reaches)) });
  });
}

/** Schedules maintenance with its first update: 201 with `{ maintenance, componentIds, update }`. */
export async function POST(request: Request): Promise<Response> {
  return withToken(request, "maintenance:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    return mutationResponse(await createMaintenance({ actor }, await withComponentIds(body.value)), 201);
  });
}
