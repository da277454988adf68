import { internalErrorResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse } from "@/lib/api/json-response";
import { type HeartbeatSignal, receiveHeartbeat } from "@/lib/monitor-runner/receive-heartbeat";

// A service, cron job or deploy pipeline calls its heartbeat URL: GET or POST, `?status=deploying|done` for deploys.

const SIGNALS: Record<string, HeartbeatSignal> = { deploying: "deploying", done: "done" };

async function handle(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const status = new URL(request.url).searchParams.get("status");
  const signal: HeartbeatSignal | undefined = status === null || status === "" ? "alive" : SIGNALS[status];
  if (!signal) {
    const message = "status must be deploying or done (or left out for a plain heartbeat)";
    return errorResponse(422, { code: "validation", message, fields: { status: [message] } });
  }
  try {
    const receipt = await receiveHeartbeat(token, signal);
    if (receipt.ok) return jsonResponse({ ok: true, received: signal });
    if (receipt.code === "paused") return errorResponse(409, { code: "conflict", message: "This heartbeat monitor is paused" });
    return errorResponse(404, { code: "not_found", message: "No heartbeat monitor has that URL" });
  } catch (error) {
    return internalErrorResponse(error);
  }
}

export const GET = handle;
export const POST = handle;
