import "server-only";
import type { PublicModel } from "@/lib/public-model/model";
import { modelInLanguage } from "@/lib/public-model/model-in-language";
import { buildAtom } from "./build-atom";
import { buildCalendar, CALENDAR_CONTENT_TYPE } from "./build-calendar";
import { buildRss } from "./build-rss";
import { feedLangParam, feedLocale } from "./feed-language";
import { scopedModel } from "./feed-scope";
import { type FeedWords, feedWordsIn } from "./feed-words";
import { feedHistoryOfModel, maintenanceCalendarOfModel } from "./feeds-of-model";
import { buildHistoryChannel } from "./history-entries";
import { ATOM_CONTENT_TYPE, RSS_CONTENT_TYPE } from "./history-feed";
import { feedResponse, feedScopeParam } from "./respond";

// The history feeds and the maintenance calendar, from the public model `model` gives: the one renderer of each,
// called by its route handler and by the front server's direct render (lib/direct-render/render.ts).
// `?component=<slug>` keeps one component's or group's, `?lang=` writes them in a reader's language.

type Build = (model: PublicModel, words: FeedWords) => string;

function feed(request: Request, contentType: string, model: () => Promise<PublicModel>, build: Build): Promise<Response> {
  return feedResponse(request, contentType, async () => {
    const pageModel = await model();
    const reader = feedLangParam(request);
    const scoped = scopedModel(modelInLanguage(pageModel, reader), feedScopeParam(request));
    return scoped && build(scoped, await feedWordsIn(feedLocale(pageModel, reader)));
  });
}

/** /history.atom: the incident and maintenance history as Atom, Statuspage's shape. */
export function historyAtomResponse(request: Request, model: () => Promise<PublicModel>): Promise<Response> {
  return feed(request, ATOM_CONTENT_TYPE, model, (scoped, words) => buildAtom(buildHistoryChannel(feedHistoryOfModel(scoped), words)));
}

/** /history.rss: the incident and maintenance history as RSS 2.0, Statuspage's shape. */
export function historyRssResponse(request: Request, model: () => Promise<PublicModel>): Promise<Response> {
  return feed(request, RSS_CONTENT_TYPE, model, (scoped, words) => buildRss(buildHistoryChannel(feedHistoryOfModel(scoped), words)));
}

/** /maintenance.ics: scheduled maintenance as an iCalendar feed that calendar apps subscribe to. */
export function maintenanceCalendarResponse(request: Request, model: () => Promise<PublicModel>): Promise<Response> {
  return feed(request, CALENDAR_CONTENT_TYPE, model, (scoped, words) => buildCalendar(maintenanceCalendarOfModel(scoped), words));
}
