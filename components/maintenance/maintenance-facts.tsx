import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import type { MaintenanceDetailView } from "@/lib/maintenance/public-views";

/** The window (and when it really started and ended), its status and the components it takes down. */
export function MaintenanceFacts({ maintenance, timeZone }: { maintenance: MaintenanceDetailView; timeZone: string }) {
  const t = useTranslations();
  const at = (instant: Date) => <LocalTime iso={instant.toISOString()} pageTimeZone={timeZone} />;
  // [stable name (data-fact), label, value]
  const facts: [string, string, React.ReactNode][] = [
    ["Starts", t("maintenance.starts"), at(maintenance.scheduledFor)],
    ["Ends", t("maintenance.ends"), at(maintenance.scheduledUntil)],
    ["Status", t("maintenance.status"), t(`status.maintenance.${maintenance.status}`)],
  ];
  if (maintenance.startedAt) facts.push(["Started", t("maintenance.started"), at(maintenance.startedAt)]);
  if (maintenance.completedAt) facts.push(["Completed", t("maintenance.completed"), at(maintenance.completedAt)]);
  return (
    <Card className="p-5">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {facts.map(([name, label, value]) => (
          <div key={name} className="min-w-0">
            <dt className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className="mt-0.5 text-sm font-semibold text-zinc-900 dark:text-zinc-100" data-fact={name}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <h2 className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          {t("maintenance.affectedComponents")}
        </h2>
        {maintenance.affectedComponents.length > 0 ? (
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {maintenance.affectedComponents.map((name) => (
              <li key={name} className="rounded-full bg-sky-50 px-2.5 py-0.5 text-xs text-sky-900 dark:bg-sky-950 dark:text-sky-100">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1.5 text-sm text-zinc-700 dark:text-zinc-300">{t("maintenance.noComponents")}</p>
        )}
      </div>
    </Card>
  );
}
