import type { PublicModel } from "@/lib/public-model/model";
import { monitoredUptimeFrom } from "./public-uptime";
import { type StatusPageSource, type StatusPageView, statusPageFrom } from "./status-page-view";

// The status page from the public read model. The source is derived once per model; the view is kept for a few
// seconds, so a burst of badges and widgets computes the page once, not once per request.

const VIEW_REUSE_MS = 5_000;
const sources = new WeakMap<PublicModel, StatusPageSource>();
const views = new WeakMap<PublicModel, StatusPageView>();

export function statusPageSourceOf(model: PublicModel): StatusPageSource {
  const known = sources.get(model);
  if (known) return known;
  const shown = model.components.filter((c) => c.showcase);
  const names = new Map(model.components.map((c) => [c.id, c]));
  const latest = <S>(updates: readonly { status: S; body: string; displayAt: Date }[]) =>
    updates[0] ? { status: updates[0].status, body: updates[0].body, displayAt: updates[0].displayAt } : null;
  const source: StatusPageSource = {
    page: model.page,
    groups: model.groups,
    components: shown,
    statusChanges: model.statusChanges,
    incidents: model.incidents.map((i) => ({
      id: i.id,
      name: i.name,
      impact: i.impact,
      status: i.status,
      startedAt: i.startedAt,
      resolvedAt: i.resolvedAt,
      latestUpdate: latest(i.updates),
      componentIds: i.componentIds,
    })),
    maintenances: [...model.maintenances]
      .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime())
      .map((m) => ({
        id: m.id,
        name: m.name,
        status: m.status,
        scheduledFor: m.scheduledFor,
        scheduledUntil: m.scheduledUntil,
        componentNames: m.componentIds
          .map((id) => names.get(id))
          .filter((c) => c !== undefined)
          .sort((a, b) => a.position - b.position)
          .map((c) => c.name),
        latestUpdate: latest(m.updates),
        announcement: latest(m.updates.slice(-1)),
      })),
    monitored: monitoredUptimeFrom({
      componentIds: new Set(model.components.filter((c) => c.monitored).map((c) => c.id)),
      dailyRows: model.dailyChecks,
      last24h: new Map(Object.entries(model.last24hChecks)),
      timeZone: model.page.timeZone,
    }),
  };
  sources.set(model, source);
  return source;
}

/** The public status page at `now`, from the model. */
export function statusPageOfModel(model: PublicModel, now = new Date()): StatusPageView {
  const recent = views.get(model);
  if (recent && Math.abs(now.getTime() - recent.generatedAt.getTime()) < VIEW_REUSE_MS) return recent;
  const view = statusPageFrom(statusPageSourceOf(model), now);
  views.set(model, view);
  return view;
}
