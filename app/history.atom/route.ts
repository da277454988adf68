import { buildAtom } from "@/lib/feeds/build-atom";
import { buildHistoryChannel } from "@/lib/feeds/history-entries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/history-feed";
import { feedHistoryOfModel } from "@/lib/feeds/feeds-of-model";
import { readPublicModel } from "@/lib/public-model/hold";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** The incident and maintenance history as Atom, Statuspage's shape. */
export function GET(request: Request): Promise<Response> {
  return feedResponse(request, ATOM_CONTENT_TYPE, async () => buildAtom(buildHistoryChannel(feedHistoryOfModel(await readPublicModel()))));
}

export const HEAD = GET;
