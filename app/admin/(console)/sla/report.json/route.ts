import { requireAdmin } from "@/lib/auth/session";
import { getSlaReport } from "@/lib/sla/queries";
import { slaReportJson } from "@/lib/sla/report-formats";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  await requireAdmin({ permission: "reports.view" });
  const report = await getSlaReport();
  return Response.json(slaReportJson(report), {
    headers: {
      "content-disposition": `attachment; filename="beacon-sla-${report.months.at(-1)}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
