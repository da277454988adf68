import "server-only";
import { randomUUID } from "node:crypto";
import { publicResponse } from "@/lib/http/public-response";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { feedLangParam } from "./feed-language";

/**
 * Answers GET or HEAD with the document `render` reads and builds; null (an unknown `?component=`) is a 404, a
 * store failure a 503 that names no internals.
 */
export async function feedResponse(request: Request, contentType: string, render: () => Promise<string | null>): Promise<Response> {
  let body: string | null;
  try {
    body = await render();
  } catch (error) {
    const reference = randomUUID();
    console.error(`[beacon] feed store error ${reference}`, error);
    const t = await translatorFor(feedLangParam(request) ?? DEFAULT_LOCALE);
    return publicResponse(request, `${t("feeds.storeUnavailable", { reference })}\n`, {
      status: 503,
      contentType: "text/plain; charset=utf-8",
      cacheControl: "no-store",
      headers: { "retry-after": "5" },
    });
  }
  if (body === null)
    return publicResponse(request, `${(await translatorFor(feedLangParam(request) ?? DEFAULT_LOCALE))("feeds.unknownSlug")}\n`, {
      status: 404,
      contentType: "text/plain; charset=utf-8",
    });
  return publicResponse(request, body, { contentType });
}

/** The `?component=` a feed request names (a component's or a group's slug or id), or null for the whole page. */
export function feedScopeParam(request: Request): string | null {
  return new URL(request.url).searchParams.get("component");
}
