import { EMBED_SCRIPT } from "@/lib/embed/embed-script";
import { publicResponse } from "@/lib/http/public-response";

/** The status notice script other sites include with one <script> tag. */
export function GET(request: Request): Response {
  return publicResponse(request, EMBED_SCRIPT, {
    contentType: "application/javascript; charset=utf-8",
    headers: { "x-content-type-options": "nosniff" },
  });
}
