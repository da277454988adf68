import { buildCalendar, CALENDAR_CONTENT_TYPE } from "@/lib/feeds/build-calendar";
import { scopedModel } from "@/lib/feeds/feed-scope";
import { maintenanceCalendarOfModel } from "@/lib/feeds/feeds-of-model";
import { feedLangParam, modelInLanguage } from "@/lib/feeds/model-in-language";
import { feedResponse, feedScopeParam } from "@/lib/feeds/respond";
import { readPageModel } from "@/lib/pages/request-page";

export const dynamic = "force-dynamic";

/** Scheduled maintenance as an iCalendar feed that calendar apps subscribe to; `?component=<slug>` keeps one component's or group's. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, CALENDAR_CONTENT_TYPE, async () => {
    const model = scopedModel(modelInLanguage(await readPageModel(), feedLangParam(request)), feedScopeParam(request));
    return model && buildCalendar(maintenanceCalendarOfModel(model));
  });
}

export const HEAD = GET;
