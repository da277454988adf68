import Link from "next/link";
import { Markdown } from "@/components/incidents/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { maintenancePath } from "@/lib/core/public-paths";
import { MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import type { MaintenanceView } from "@/lib/status/queries";

/** Maintenance cards: the window, what it affects and its announcement, which stays once the window starts. */
export function MaintenanceList({ title, maintenances, timeZone }: { title: string; maintenances: MaintenanceView[]; timeZone: string }) {
  if (maintenances.length === 0) return null;
  const headingId = `${title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {title}
      </h2>
      {maintenances.map((m) => (
        <MaintenanceCard key={m.id} maintenance={m} timeZone={timeZone} />
      ))}
    </section>
  );
}

function MaintenanceCard({ maintenance: m, timeZone }: { maintenance: MaintenanceView; timeZone: string }) {
  const latest = m.latestUpdate;
  const laterUpdate =
    latest && m.announcement && (latest.displayAt.getTime() !== m.announcement.displayAt.getTime() || latest.body !== m.announcement.body);
  return (
    <Card id={`maintenance-${m.id}`} className="scroll-mt-4 border-l-4 border-l-sky-500 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold">
          <Link href={maintenancePath(m.id)} prefetch={false} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {m.name}
          </Link>
        </h3>
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
      {(m.announcement ?? latest) && <Markdown className="mt-3">{(m.announcement ?? latest)?.body ?? ""}</Markdown>}
      {laterUpdate && (
        <div className="mt-3 border-t border-zinc-200 pt-2 dark:border-zinc-800" data-latest-update>
          <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            Latest update · {MAINTENANCE_STATUS_LABEL[latest.status as keyof typeof MAINTENANCE_STATUS_LABEL] ?? latest.status} ·{" "}
            <LocalTime iso={latest.displayAt.toISOString()} style="time" pageTimeZone={timeZone} />
          </p>
          <Markdown className="mt-1">{latest.body}</Markdown>
        </div>
      )}
      <p className="mt-3 text-sm">
        <Link href={maintenancePath(m.id)} prefetch={false} className="font-medium text-sky-700 underline dark:text-sky-400">
          Details and all updates<span className="sr-only"> for {m.name}</span> →
        </Link>
      </p>
    </Card>
  );
}
