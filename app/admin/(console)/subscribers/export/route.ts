import { requireAdmin } from "@/lib/auth/session";
import { subscribersOfSession } from "@/lib/editor-pages/list-reach";
import { subscribersCsv } from "@/lib/subscriptions/csv";
import { listSubscribers } from "@/lib/subscriptions/queries";

export const dynamic = "force-dynamic";

/** The subscribers the list shows (?q= and ?statusPage=<slug>, within a limited editor's pages) as CSV; owners only. */
export async function GET(request: Request): Promise<Response> {
  const session = await requireAdmin({ permission: "subscribers.view" });
  const params = new URL(request.url).searchParams;
  const search = params.get("q") ?? "";
  const statusPage = params.get("statusPage")?.trim() || undefined;
  const onPage = await subscribersOfSession(session, statusPage);
  const csv = subscribersCsv(await listSubscribers({ search, onPage, limit: 100_000 }));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
