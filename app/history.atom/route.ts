import { buildAtom } from "@/lib/feeds/build-atom";
import { scopedModel } from "@/lib/feeds/feed-scope";
import { feedHistoryOfModel } from "@/lib/feeds/feeds-of-model";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { feedLangParam, modelInLanguage } from "@/lib/feeds/model-in-language";
import { feedResponse, feedScopeParam } from "@/lib/feeds/respond";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as Atom, Statuspage's shape; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, ATOM_CONTENT_TYPE, async () => {
    const model = scopedModel(modelInLanguage(await readPageModel(), feedLangParam(request)), feedScopeParam(request));
    return model && buildAtom(buildHistoryChannel(feedHistoryOfModel(model)));
  });
}

export const HEAD = GET;
