import { buildAtom } from "@/lib/feeds/build-atom";
import { feedHistoryOfModel } from "@/lib/feeds/feeds-of-model";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { feedResponse } from "@/lib/feeds/respond";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as Atom, Statuspage's shape. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, ATOM_CONTENT_TYPE, async () => buildAtom(buildHistoryChannel(feedHistoryOfModel(await readPublicModel()))));
}

export const HEAD = GET;
