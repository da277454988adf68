import "server-only";
import { randomUUID } from "node:crypto";
import { publicResponse } from "@/lib/http/public-response";
import type { PublicModel } from "@/lib/public-model/model";
import { responseTimeQuery } from "./response-time-range";
import { responseTimesOfModel } from "./response-times";

// The public response-time document: ETag/304, CORS, cached briefly like the badges; errors are never cached.

const JSON_TYPE = "application/json; charset=utf-8";

function errorAnswer(
  request: Request,
  status: number,
  error: { code: string; message: string; fields?: Record<string, string[]> },
  headers = {},
) {
  return publicResponse(request, JSON.stringify({ error }), { contentType: JSON_TYPE, status, cacheControl: "no-store", headers });
}

export async function responseTimesResponse(request: Request, ref: string, model: () => Promise<PublicModel>): Promise<Response> {
  const range = new URL(request.url).searchParams.get("range");
  const query = responseTimeQuery.safeParse({ range: range ?? undefined });
  if (!query.success) {
    const message = query.error.issues[0]?.message ?? "range must be 24h, 7d or 30d";
    return errorAnswer(request, 422, { code: "validation", message, fields: { range: [message] } });
  }
  try {
    const series = responseTimesOfModel(await model(), ref, query.data.range);
    if (!series) return errorAnswer(request, 404, { code: "not_found", message: "No such component" });
    return publicResponse(request, JSON.stringify(series), { contentType: JSON_TYPE });
  } catch (error) {
    const reference = randomUUID();
    console.error(`[beacon] response-time store error ${reference}`, error);
    const message = `The status store is unavailable; try again shortly (reference ${reference})`;
    return errorAnswer(request, 503, { code: "store_unavailable", message }, { "retry-after": "5" });
  }
}
