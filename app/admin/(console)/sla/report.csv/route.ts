import { requireAdmin } from "@/lib/auth/session";
import { getSlaReport } from "@/lib/sla/queries";
import { slaReportCsv } from "@/lib/sla/report-formats";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  await requireAdmin({ permission: "reports.view" });
  const report = await getSlaReport();
  return new Response(slaReportCsv(report), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="beacon-sla-${report.months.at(-1)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
