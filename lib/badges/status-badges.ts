import "server-only";
import type { PublicModel } from "@/lib/public-model/model";
import { summarizeUptime } from "@/lib/status/uptime";
import { type BadgeFormat, parseBadgeFile } from "./badge-file";
import { componentBadgeStatus, indicatorBadgeStatus, neutralFace, statusFace } from "./badge-palette";
import { parseBadgeQuery, parseUptimeBadgeQuery } from "./badge-query";
import { badgeTargetOfModel, pageIndicatorOfModel } from "./queries";
import { type BadgeOutcome, badgeResponse, respondWithBadge } from "./respond-badge";
import { uptimeFace } from "./uptime-face";

// The badges Beacon serves, from the public read model `model` gives; route files only pick one. A new badge (e.g. response time) is one more function here.

const PAGE_LABEL = "status";
const UPTIME_FILES: Record<string, BadgeFormat> = { "uptime.svg": "svg", "uptime.json": "json" };

const unknown = (label: string): BadgeOutcome => ({ status: 404, face: neutralFace(label, "unknown") });

/** /badge.svg, /badge.json: the page's overall status, as its banner shows it. */
export function pageStatusBadge(request: Request, format: BadgeFormat, model: () => Promise<PublicModel>): Promise<Response> {
  return respondWithBadge({
    request,
    format,
    fallbackLabel: PAGE_LABEL,
    parse: parseBadgeQuery,
    resolve: async (query) => ({
      status: 200,
      face: statusFace(query.label ?? PAGE_LABEL, indicatorBadgeStatus(pageIndicatorOfModel(await model()))),
    }),
  });
}

/** /badge/<ref>.svg|.json: one component's status, or a group's (its worst component's). */
export function componentStatusBadge(request: Request, file: string, model: () => Promise<PublicModel>): Promise<Response> {
  const parsedFile = parseBadgeFile(file);
  if (!parsedFile) return Promise.resolve(badgeResponse(request, "svg", 404, unknown(PAGE_LABEL).face));
  return respondWithBadge({
    request,
    format: parsedFile.format,
    fallbackLabel: PAGE_LABEL,
    ref: parsedFile.name,
    parse: parseBadgeQuery,
    resolve: async (query) => {
      const target = badgeTargetOfModel(await model(), parsedFile.name);
      if (!target) return unknown(query.label ?? PAGE_LABEL);
      if (target.kind === "component" && target.unknown) return { status: 200, face: neutralFace(query.label ?? target.name, "unknown") };
      return { status: 200, face: statusFace(query.label ?? target.name, componentBadgeStatus(target.status)) };
    },
  });
}

/** /badge/<ref>/uptime.svg|.json?days=N: a component's uptime over the last N days, computed as the page does. */
export function componentUptimeBadge(request: Request, ref: string, file: string, model: () => Promise<PublicModel>): Promise<Response> {
  const format = UPTIME_FILES[file];
  if (!format) return Promise.resolve(badgeResponse(request, parseBadgeFile(file)?.format ?? "svg", 404, unknown("uptime").face));
  return respondWithBadge({
    request,
    format,
    fallbackLabel: "uptime",
    ref,
    parse: parseUptimeBadgeQuery,
    resolve: async (query) => {
      const target = badgeTargetOfModel(await model(), ref);
      // Groups have no uptime of their own on the page, so they have no uptime badge either.
      if (target?.kind !== "component") return unknown(query.label ?? "uptime");
      const label = query.label ?? `${target.name} uptime (${query.days}d)`;
      return { status: 200, face: uptimeFace(label, summarizeUptime(target.days.slice(-query.days))) };
    },
  });
}
