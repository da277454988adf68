import { errorResponse } from "@/lib/api/json-response";
import { getDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { hasMetricsToken, renderMetrics } from "@/lib/ops/metrics-endpoint";

// Prometheus metrics on the public port, only with BEACON_METRICS_TOKEN set and sent as a bearer token.
// Without a token it does not exist here (BEACON_METRICS_PORT serves it on a separate listener instead).
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { token } = parseEnv().metrics;
  if (!token) return errorResponse(404, { code: "not_found", message: "Not found" });
  if (!hasMetricsToken(request.headers.get("authorization"), token)) {
    return errorResponse(
      401,
      { code: "unauthorized", message: "Send Authorization: Bearer <BEACON_METRICS_TOKEN>" },
      { "www-authenticate": 'Bearer realm="metrics"' },
    );
  }
  const { body, contentType } = await renderMetrics(getDatabase());
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
