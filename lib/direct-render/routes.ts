import "server-only";
import { componentResponseTimeBadge } from "@/lib/badges/response-time-badge";
import { componentStatusBadge, componentUptimeBadge, pageStatusBadge } from "@/lib/badges/status-badges";
import { historyAtomResponse, historyRssResponse, maintenanceCalendarResponse } from "@/lib/feeds/feed-routes";
import { incidentMarkdownResponse, llmsTxtResponse, statusMarkdownResponse } from "@/lib/markdown-views/markdown-routes";
import type { PublicModel } from "@/lib/public-model/model";
import { STATUSPAGE_DOCUMENTS, type StatuspageDocument } from "@/lib/statuspage/documents";
import { statuspageResponse } from "@/lib/statuspage/respond";
import { componentResponseTimesResponse } from "./component-response-times";

// The public routes that are not HTML pages, by their folder under app/ (front-server/public-routes.ts: `app`), each
// calling the very function its route handler calls, with the path's segments as Next would give its parameters.
// A route missing here is rendered through Next.

type Model = () => Promise<PublicModel>;
export type DirectRoute = (request: Request, segments: string[], model: Model) => Promise<Response>;

const v2 = (name: StatuspageDocument): [string, DirectRoute] => [
  `api/v2/${name}.json`,
  (request, _segments, model) => statuspageResponse(request, STATUSPAGE_DOCUMENTS[name], model),
];

export const DIRECT_ROUTES: ReadonlyMap<string, DirectRoute> = new Map<string, DirectRoute>([
  ["history.atom", (request, _segments, model) => historyAtomResponse(request, model)],
  ["history.rss", (request, _segments, model) => historyRssResponse(request, model)],
  ["maintenance.ics", (request, _segments, model) => maintenanceCalendarResponse(request, model)],
  ["badge.svg", (request, _segments, model) => pageStatusBadge(request, "svg", model)],
  ["badge.json", (request, _segments, model) => pageStatusBadge(request, "json", model)],
  ["badge/[ref]", (request, [, ref], model) => componentStatusBadge(request, ref, model)],
  ["badge/[ref]/[file]", (request, [, ref, file], model) => componentUptimeBadge(request, ref, file, model)],
  ["badge/[ref]/response-time.svg", (request, [, ref], model) => componentResponseTimeBadge(request, ref, "svg", model)],
  ["badge/[ref]/response-time.json", (request, [, ref], model) => componentResponseTimeBadge(request, ref, "json", model)],
  ...(Object.keys(STATUSPAGE_DOCUMENTS) as StatuspageDocument[]).map(v2),
  ["api/v2/components/[id]/response-times.json", (request, [, , , id], model) => componentResponseTimesResponse(request, id, model)],
  ["index.md", (_request, _segments, model) => statusMarkdownResponse(model)],
  ["llms.txt", (_request, _segments, model) => llmsTxtResponse(model)],
  // /incidents/<id>.md, which next.config.mjs rewrites to this route with the id
  ["api/markdown/incidents/[id]", (_request, [, file], model) => incidentMarkdownResponse(file.replace(/\.md$/, ""), model)],
]);
