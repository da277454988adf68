import { Markdown } from "@/components/incidents/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceView } from "@/lib/status/queries";

export function MaintenanceList({ title, maintenances, timeZone }: { title: string; maintenances: MaintenanceView[]; timeZone: string }) {
  if (maintenances.length === 0) return null;
  const headingId = `${title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {title}
      </h2>
      {maintenances.map((m) => (
        <Card key={m.id} id={`maintenance-${m.id}`} className="scroll-mt-4 border-l-4 border-l-sky-500 p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-base font-semibold text-sky-800 dark:text-sky-300">{m.name}</h3>
            <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800 dark:bg-sky-950 dark:text-sky-200">
              {MAINTENANCE_STATUS_LABEL[m.status]}
            </span>
          </div>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            <LocalTime iso={m.scheduledFor.toISOString()} pageTimeZone={timeZone} /> –{" "}
            <LocalTime iso={m.scheduledUntil.toISOString()} pageTimeZone={timeZone} />
          </p>
          {m.componentNames.length > 0 && (
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Affects: {m.componentNames.join(", ")}</p>
          )}
          {m.latestUpdate && <Markdown className="mt-3">{m.latestUpdate.body}</Markdown>}
        </Card>
      ))}
    </section>
  );
}
