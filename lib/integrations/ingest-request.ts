import "server-only";
import { internalErrorResponse } from "@/lib/api/errors";
import { errorResponse, jsonResponse } from "@/lib/api/json-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { storeUnavailableResponse } from "@/lib/api/store-unavailable-response";
import { bearerTokenOf } from "@/lib/api-tokens/authenticate";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import { credentialMatches } from "./integration-secret";
import { parseNotification } from "./payloads/parse-notification";
import { takeIntegrationRequest } from "./rate-limit";
import { receiveAlerts } from "./receive-alerts";

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const unauthorized = () =>
  errorResponse(
    401,
    { code: "unauthorized", message: "The integration URL's secret or the bearer token is wrong" },
    { "www-authenticate": 'Bearer realm="beacon-integration"' },
  );

/**
 * One sender's POST: the secret (in the URL or as a bearer token) first, then the integration's rate limit, then its
 * body limit (413), then the payload (400 not JSON, 422 naming the wrong field), then everything in one transaction.
 */
export async function ingestAlerts(request: Request, integrationId: string, urlSecret: string | null, now = new Date()): Promise<Response> {
  try {
    if (!ID_PATTERN.test(integrationId)) return unauthorized();
    const prisma = await getPrisma();
    const integration = await prisma.integration.findUnique({ where: { id: integrationId } });
    const bearer = bearerTokenOf(request.headers.get("authorization"));
    const authorized =
      integration !== null && (credentialMatches(urlSecret, integration.secretHash) || credentialMatches(bearer, integration.tokenHash));
    if (!integration || !authorized) return unauthorized();
    if (!integration.enabled) return errorResponse(409, { code: "conflict", message: "This integration is paused" });

    const waitSeconds = await takeIntegrationRequest(integration.id, integration.rateLimitPerMinute);
    if (waitSeconds > 0) {
      const message = `This integration may send ${integration.rateLimitPerMinute} requests a minute`;
      return errorResponse(429, { code: "rate_limited", message }, { "retry-after": String(waitSeconds) });
    }
    const body = await readJsonBody(request, integration.maxBodyBytes);
    if (!body.ok) return body.response;
    const parsed = parseNotification(integration.kind, integration.mapping, body.value);
    if (!parsed.ok)
      return errorResponse(422, { code: "validation", message: parsed.message, fields: { [parsed.field]: [parsed.message] } });

    const receipt = await receiveAlerts(integration, parsed.alerts, now);
    return jsonResponse({ ok: true, ...receipt });
  } catch (error) {
    if (isStoreUnavailable(error)) return storeUnavailableResponse();
    return internalErrorResponse(error);
  }
}
