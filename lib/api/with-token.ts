import "server-only";
import { authenticateBearer, bearerTokenOf } from "@/lib/api-tokens/authenticate";
import { type AccessDenied, type ApiScope, type ApiTokenIdentity, requireScope } from "@/lib/api-tokens/scopes";
import type { Actor } from "@/lib/audit/actor";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import { internalErrorResponse } from "./errors";
import { errorResponse } from "./json-response";
import { storeUnavailableResponse } from "./store-unavailable-response";

export interface ApiCaller {
  token: ApiTokenIdentity;
  actor: Actor;
}

// RFC 6750: a 401 names the scheme, and says invalid_token when a token was sent but refused.
function deniedResponse(denied: AccessDenied, tokenPresented: boolean): Response {
  if (denied.status === 403) return errorResponse(403, denied.error);
  const challenge = tokenPresented ? 'Bearer realm="beacon", error="invalid_token"' : 'Bearer realm="beacon"';
  return errorResponse(401, denied.error, { "www-authenticate": challenge });
}

/**
 * The guard of every admin API route: a valid bearer token with `scope`, then `work`. The token is checked
 * before the body is read, so anonymous callers get 401 without the server buffering anything; a store outage
 * (in the token check too) is a 503 that says nothing was saved; any other error `work` throws becomes a
 * logged 500 that does not leak its message.
 */
export async function withToken(request: Request, scope: ApiScope, work: (caller: ApiCaller) => Promise<Response>): Promise<Response> {
  try {
    const header = request.headers.get("authorization");
    const auth = await authenticateBearer(header);
    if (!auth.ok) return deniedResponse(auth, bearerTokenOf(header) !== null);
    const allowed = requireScope(auth.token, scope);
    if (!allowed.ok) return deniedResponse(allowed, true);
    return await work({ token: auth.token, actor: auth.actor });
  } catch (error) {
    if (isStoreUnavailable(error)) return storeUnavailableResponse();
    return internalErrorResponse(error);
  }
}
