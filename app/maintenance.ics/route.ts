import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/feeds/build-calendar";
import { feedLangParam, feedLocale } from "@/lib/feeds/feed-language";
import { scopedModel } from "@/lib/feeds/feed-scope";
import { feedWordsIn } from "@/lib/feeds/feed-words";
import { maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { feedResponse, feedScopeParam } from "@/lib/feeds/respond";
import { readPageModel } from "@/lib/pages/request-page";
import { modelInLanguage } from "@/lib/public-model/model-in-language";

export const dynamic = "force-dynamic";

/** Scheduled maintenance as an iCalendar feed that calendar apps subscribe to; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, CALENDAR_CONTENT_TYPE, async () => {
    const pageModel = await readPageModel();
    const reader = feedLangParam(request);
    const model = scopedModel(modelInLanguage(pageModel, reader), feedScopeParam(request));
    return model && buildCalendar(maintenanceCalendarOfModel(model), await feedWordsIn(feedLocale(pageModel, reader)));
  });
}

export const HEAD = GET;
