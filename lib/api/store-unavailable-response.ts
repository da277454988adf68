import "server-only";
import { STORE_BREAKER_DEFAULTS } from "@/lib/db/store-breaker";
import { STORE_UNAVAILABLE_MESSAGE } from "@/lib/db/store-unavailable";
import { errorResponse } from "./json-response";

/** Seconds a client should wait before resending: the store's circuit breaker tries again after about this long. */
export const STORE_RETRY_AFTER_SECONDS = Math.ceil(STORE_BREAKER_DEFAULTS.resetTimeoutMs / 1000);

/** 503 for a write (or the token check) that could not reach the store: nothing was saved, send it again later. */
export function storeUnavailableResponse(): Response {
  return errorResponse(
    503,
    { code: "store_unavailable", message: STORE_UNAVAILABLE_MESSAGE },
    { "retry-after": String(STORE_RETRY_AFTER_SECONDS) },
  );
}
