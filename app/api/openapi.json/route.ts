import { buildOpenApiDocument } from "@/lib/api/openapi";
import { probeApiOpenApi } from "@/lib/probes/openapi-paths";

// The document is a pure function of the code, so it is built once at build time.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument([probeApiOpenApi()]));
}
