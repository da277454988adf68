import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_CACHE_CONTROL, publicResponse } from "@/lib/http/public-response";
import type { PublicModel } from "@/lib/public-model/model";
import type { StatuspageSnapshot } from "./snapshot";
import { statuspageSnapshotOfModel } from "./snapshot-of-model";

const JSON_TYPE = "application/json; charset=utf-8";

/**
 * Cuts the snapshot from the public read model and answers GET or HEAD with `render`'s document: CORS for any origin, ETag and 304, and a
 * cache policy for live pollers. A store failure is a 503 that names no internals and is never cached.
 */
export async function statuspageResponse(
  request: Request,
  render: (snapshot: StatuspageSnapshot) => unknown,
  model: () => Promise<PublicModel>,
): Promise<Response> {
  let snapshot: StatuspageSnapshot;
  try {
    snapshot = statuspageSnapshotOfModel(await model());
  } catch (error) {
    const reference = randomUUID();
    console.error(`[beacon] status API store error ${reference}`, error);
    const body = {
      error: { code: "store_unavailable", message: `The status store is unavailable; try again shortly (reference ${reference})` },
    };
    return publicResponse(request, JSON.stringify(body), {
      contentType: JSON_TYPE,
      status: 503,
      cacheControl: "no-store",
      headers: { "retry-after": "5" },
    });
  }
  return publicResponse(request, JSON.stringify(render(snapshot)), { contentType: JSON_TYPE, cacheControl: LIVE_CACHE_CONTROL });
}
