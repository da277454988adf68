import "server-only";
import { randomUUID } from "node:crypto";
import { publicResponse } from "@/lib/http/public-response";

/** Answers GET or HEAD with the document `render` reads and builds; a store failure is a 503 that names no internals. */
export async function feedResponse(request: Request, contentType: string, render: () => Promise<string>): Promise<Response> {
  let body: string;
  try {
    body = await render();
  } catch (error) {
    const reference = randomUUID();
    console.error(`[beacon] feed store error ${reference}`, error);
    return publicResponse(request, `The status store is unavailable; try again shortly (reference ${reference}).\n`, {
      status: 503,
      contentType: "text/plain; charset=utf-8",
      cacheControl: "no-store",
      headers: { "retry-after": "5" },
    });
  }
  return publicResponse(request, body, { contentType });
}
