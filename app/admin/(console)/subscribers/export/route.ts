import { requireAdmin } from "@/lib/auth/session";
import { subscribersCsv } from "@/lib/subscriptions/csv";
import { listSubscribers } from "@/lib/subscriptions/queries";

export const dynamic = "force-dynamic";

/** Every subscriber (or those matching ?q=) as CSV; admins only. */
export async function GET(request: Request): Promise<Response> {
  await requireAdmin({ permission: "subscribers.view" });
  const search = new URL(request.url).searchParams.get("q") ?? "";
  const csv = subscribersCsv(await listSubscribers({ search, limit: 100_000 }));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
