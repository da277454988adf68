import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceDetailView } from "@/lib/maintenance/public-views";

/** The window (and when it really started and ended), its status and the components it takes down. */
export function MaintenanceFacts({ maintenance, timeZone }: { maintenance: MaintenanceDetailView; timeZone: string }) {
  const at = (instant: Date) => <LocalTime iso={instant.toISOString()} pageTimeZone={timeZone} />;
  const facts: [string, React.ReactNode][] = [
    ["Starts", at(maintenance.scheduledFor)],
    ["Ends", at(maintenance.scheduledUntil)],
    ["Status", MAINTENANCE_STATUS_LABEL[maintenance.status]],
  ];
  if (maintenance.startedAt) facts.push(["Started", at(maintenance.startedAt)]);
  if (maintenance.completedAt) facts.push(["Completed", at(maintenance.completedAt)]);
  return (
    <Card className="p-5">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {facts.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="mt-0.5 text-sm font-semibold text-zinc-900 dark:text-zinc-100" data-fact={label}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <h2 className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Affected components</h2>
        {maintenance.affectedComponents.length > 0 ? (
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {maintenance.affectedComponents.map((name) => (
              <li key={name} className="rounded-full bg-sky-50 px-2.5 py-0.5 text-xs text-sky-900 dark:bg-sky-950 dark:text-sky-100">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1.5 text-sm text-zinc-700 dark:text-zinc-300">No components are listed for this window.</p>
        )}
      </div>
    </Card>
  );
}
