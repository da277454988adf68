// Tests only: the Statuspage v2 route handlers, each with the JSON Schema its answer must match
// (lib/statuspage/schemas/), called as Next calls them, without a server.
import * as components from "@/app/api/v2/components.json/route";
import * as unresolved from "@/app/api/v2/incidents/unresolved.json/route";
import * as incidents from "@/app/api/v2/incidents.json/route";
import * as active from "@/app/api/v2/scheduled-maintenances/active.json/route";
import * as upcoming from "@/app/api/v2/scheduled-maintenances/upcoming.json/route";
import * as maintenances from "@/app/api/v2/scheduled-maintenances.json/route";
import * as status from "@/app/api/v2/status.json/route";
import * as summary from "@/app/api/v2/summary.json/route";

type Handler = (request: Request) => Promise<Response>;
export interface V2Route {
  path: string;
  schema: string;
  GET: Handler;
  HEAD: Handler;
}

export const V2_ROUTES: V2Route[] = [
  { path: "/api/v2/summary.json", schema: "summary", ...summary },
  { path: "/api/v2/status.json", schema: "status", ...status },
  { path: "/api/v2/components.json", schema: "components", ...components },
  { path: "/api/v2/incidents.json", schema: "incidents", ...incidents },
  { path: "/api/v2/incidents/unresolved.json", schema: "incidents-unresolved", ...unresolved },
  { path: "/api/v2/scheduled-maintenances.json", schema: "scheduled-maintenances", ...maintenances },
  { path: "/api/v2/scheduled-maintenances/upcoming.json", schema: "scheduled-maintenances-upcoming", ...upcoming },
  { path: "/api/v2/scheduled-maintenances/active.json", schema: "scheduled-maintenances-active", ...active },
];

export function get(route: V2Route, headers: Record<string, string> = {}, method: "GET" | "HEAD" = "GET") {
  return route[method](new Request(`http://beacon.test${route.path}`, { method, headers }));
}
