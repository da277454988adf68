import "server-only";
import { randomUUID } from "node:crypto";
import { loadStatuspageSnapshot } from "./load-snapshot";
import type { StatuspageSnapshot } from "./snapshot";

// Public and read-only: any origin may read it, and nothing is cached so it always shows the current state.
const HEADERS = { "access-control-allow-origin": "*", "cache-control": "no-store" };

/** Loads the snapshot and answers with `render`'s document; a store failure is a 503 that names no internals. */
export async function statuspageResponse(render: (snapshot: StatuspageSnapshot) => unknown): Promise<Response> {
  let snapshot: StatuspageSnapshot;
  try {
    snapshot = await loadStatuspageSnapshot();
  } catch (error) {
    const reference = randomUUID();
    console.error(`[beacon] status API store error ${reference}`, error);
    return Response.json(
      { error: { code: "store_unavailable", message: `The status store is unavailable; try again shortly (reference ${reference})` } },
      { status: 503, headers: { ...HEADERS, "retry-after": "5" } },
    );
  }
  return Response.json(render(snapshot), { headers: HEADERS });
}
