import { buildAtom } from "@/lib/feeds/build-atom";
import { feedLangParam, feedLocale } from "@/lib/feeds/feed-language";
import { scopedModel } from "@/lib/feeds/feed-scope";
import { feedWordsIn } from "@/lib/feeds/feed-words";
import { feedHistoryOfModel } from "@/lib/feeds/feeds-of-model";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { feedResponse, feedScopeParam } from "@/lib/feeds/respond";
import { readPageModel } from "@/lib/pages/request-page";
import { modelInLanguage } from "@/lib/public-model/model-in-language";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as Atom, Statuspage's shape; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, ATOM_CONTENT_TYPE, async () => {
    const pageModel = await readPageModel();
    const reader = feedLangParam(request);
    const model = scopedModel(modelInLanguage(pageModel, reader), feedScopeParam(request));
    return model && buildAtom(buildHistoryChannel(feedHistoryOfModel(model), await feedWordsIn(feedLocale(pageModel, reader))));
  });
}

export const HEAD = GET;
