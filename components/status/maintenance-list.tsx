import Link from "next/link";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/incidents/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { maintenancePath } from "@/lib/core/public-paths";
import type { MaintenanceView } from "@/lib/status/queries";

/** Maintenance cards: the window, what it affects and its announcement, which stays once the window starts. */
export function MaintenanceList({
  kind,
  maintenances,
  timeZone,
  link = (path) => path,
}: {
  kind: "inProgress" | "scheduled";
  maintenances: MaintenanceView[];
  timeZone: string;
  /** Links on the request's page (lib/pages/request-page.ts pageLinks). */
  link?: (path: string) => string;
}) {
  const t = useTranslations("statusPage");
  if (maintenances.length === 0) return null;
  const title = t(kind === "inProgress" ? "maintenanceInProgress" : "scheduledMaintenance");
  const headingId = kind === "inProgress" ? "maintenance-in-progress-heading" : "scheduled-maintenance-heading";
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {title}
      </h2>
      {maintenances.map((m) => (
        <MaintenanceCard key={m.id} maintenance={m} timeZone={timeZone} link={link} />
      ))}
    </section>
  );
}

function MaintenanceCard({
  maintenance: m,
  timeZone,
  link,
}: {
  maintenance: MaintenanceView;
  timeZone: string;
  link: (path: string) => string;
}) {
  const t = useTranslations();
  const latest = m.latestUpdate;
  const laterUpdate =
    latest && m.announcement && (latest.displayAt.getTime() !== m.announcement.displayAt.getTime() || latest.body !== m.announcement.body);
  return (
    <Card id={`maintenance-${m.id}`} className="scroll-mt-4 border-s-4 border-s-sky-500 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold">
          <Link
            href={link(maintenancePath(m.id))}
            prefetch={false}
            className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            {m.name}
          </Link>
        </h3>
        <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-800 dark:bg-sky-950 dark:text-sky-200">
          {t(`status.maintenance.${m.status}`)}
        </span>
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        <LocalTime iso={m.scheduledFor.toISOString()} pageTimeZone={timeZone} /> –{" "}
        <LocalTime iso={m.scheduledUntil.toISOString()} pageTimeZone={timeZone} />
      </p>
      {m.componentNames.length > 0 && (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {t("statusPage.affects", { components: m.componentNames.join(", ") })}
        </p>
      )}
      {(m.announcement ?? latest) && <Markdown className="mt-3">{(m.announcement ?? latest)?.body ?? ""}</Markdown>}
      {laterUpdate && (
        <div className="mt-3 border-t border-zinc-200 pt-2 dark:border-zinc-800" data-latest-update>
          <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            {t("statusPage.latestUpdate")} ·{" "}
            {t.has(`status.maintenance.${latest.status as "scheduled"}`)
              ? t(`status.maintenance.${latest.status as "scheduled"}`)
              : latest.status}{" "}
            · <LocalTime iso={latest.displayAt.toISOString()} style="time" pageTimeZone={timeZone} />
          </p>
          <Markdown className="mt-1">{latest.body}</Markdown>
        </div>
      )}
      <p className="mt-3 text-sm">
        <Link href={link(maintenancePath(m.id))} prefetch={false} className="font-medium text-sky-700 underline dark:text-sky-400">
          {t.rich("statusPage.detailsAndUpdates", { name: m.name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </Link>
      </p>
    </Card>
  );
}
