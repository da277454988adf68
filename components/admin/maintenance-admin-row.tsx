import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceSummary } from "@/lib/maintenance/queries";

/** One maintenance in the admin list: name, status, window, components and what Beacon does by itself. */
export function MaintenanceAdminRow({ maintenance: m, timeZone }: { maintenance: MaintenanceSummary; timeZone: string }) {
  const automation = [m.autoStart && "starts automatically", m.autoComplete && "completes automatically"].filter(Boolean).join(", ");
  return (
    <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
      <div className="min-w-0">
        <p className="font-semibold">
          <Link href={`/admin/maintenance/${m.id}`} className="hover:underline">
            {m.name}
          </Link>{" "}
          <span className="ml-1 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800 dark:bg-sky-950 dark:text-sky-200">
            {MAINTENANCE_STATUS_LABEL[m.status]}
          </span>
        </p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <LocalTime iso={m.scheduledFor.toISOString()} pageTimeZone={timeZone} /> –{" "}
          <LocalTime iso={m.scheduledUntil.toISOString()} pageTimeZone={timeZone} />
          {m.componentNames.length > 0 && <> · {m.componentNames.join(", ")}</>}
          {m.status !== "completed" && automation && <> · {automation}</>}
        </p>
      </div>
      <Link
        href={`/admin/maintenance/${m.id}`}
        className="rounded-lg bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-white dark:text-zinc-900"
      >
        {m.status === "completed" ? "View" : "Manage"}
      </Link>
    </Card>
  );
}
