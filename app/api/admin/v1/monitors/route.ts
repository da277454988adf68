import { mutationErrorResponse } from "@/lib/api/errors";
import { jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withToken } from "@/lib/api/with-token";
import { createMonitor } from "@/lib/monitors/create";
import { heartbeatUrl } from "@/lib/monitors/heartbeat-url";
import { listMonitors } from "@/lib/monitors/queries";

/** Every monitor with its configuration and current state. */
export async function GET(request: Request): Promise<Response> {
  return withToken(request, "monitors:write", async () => jsonResponse({ monitors: await listMonitors() }));
}

/** Adds a monitor: 201 `{ monitor, heartbeatUrl }`; a heartbeat monitor's secret push URL is in this answer only. */
export async function POST(request: Request): Promise<Response> {
  return withToken(request, "monitors:write", async ({ actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const result = await createMonitor(actor, body.value);
    if (!result.ok) return mutationErrorResponse(result.error);
    const { monitor, heartbeatPath } = result.data;
    return jsonResponse({ monitor, heartbeatUrl: heartbeatPath ? await heartbeatUrl(heartbeatPath) : null }, 201);
  });
}
