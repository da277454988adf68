import { embedScriptIn } from "@/lib/embed/embed-script";
import { publicResponse } from "@/lib/http/public-response";
import { canonicalLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

/** The status notice script other sites include with one <script> tag; `?lang=de` writes its words in German. */
export async function GET(request: Request): Promise<Response> {
  const locale = canonicalLocale(new URL(request.url).searchParams.get("lang")) ?? DEFAULT_LOCALE;
  return publicResponse(request, await embedScriptIn(locale), {
    contentType: "application/javascript; charset=utf-8",
    headers: { "x-content-type-options": "nosniff" },
  });
}
