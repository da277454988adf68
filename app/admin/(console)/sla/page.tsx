import type { Metadata } from "next";
import { SlaTable } from "@/components/sla/sla-table";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { getSlaReport } from "@/lib/sla/queries";

export const metadata: Metadata = { title: "SLA report" };
export const dynamic = "force-dynamic";

export default async function SlaReportPage() {
  await requireAdmin({ permission: "reports.view" });
  const report = await getSlaReport();
  const linkClass = "rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">SLA report</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Uptime per component for each of the last 12 months (UTC), scheduled maintenance excluded: from the monitors' hourly rollups where
          a component has monitors, otherwise from its status history.
        </p>
      </div>
      <div className="flex gap-2">
        <a className={linkClass} href="/admin/sla/report.csv" download>
          Download CSV
        </a>
        <a className={linkClass} href="/admin/sla/report.json" download>
          Download JSON
        </a>
      </div>
      <Card className="p-2">
        <SlaTable report={report} />
      </Card>
    </>
  );
}
