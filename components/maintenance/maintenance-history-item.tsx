import Link from "next/link";
import { useTranslations } from "next-intl";
import { Markdown } from "@/components/incidents/markdown";
import { LocalTime } from "@/components/time/local-time";
import { maintenancePath } from "@/lib/core/public-paths";
import type { HistoryMaintenanceEntry } from "@/lib/history/history-of-model";

/** A completed maintenance in the history: marked as maintenance, its announcement, window and components. */
export function MaintenanceHistoryItem({
  maintenance,
  timeZone,
  link = (path) => path,
}: {
  maintenance: HistoryMaintenanceEntry;
  timeZone: string;
  link?: (path: string) => string;
}) {
  const t = useTranslations();
  return (
    <li className="py-3" data-maintenance-id={maintenance.id}>
      <Link
        href={link(maintenancePath(maintenance.id))}
        prefetch={false}
        className="font-semibold text-sky-800 hover:underline dark:text-sky-300"
      >
        {maintenance.name}
      </Link>
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        <span className="me-1.5 rounded bg-sky-100 px-1.5 py-0.5 normal-case tracking-normal text-sky-900 dark:bg-sky-950 dark:text-sky-100">
          {t("maintenance.badge")}
        </span>
        {t("status.maintenance.completed")}
      </p>
      {maintenance.announcementBody && <Markdown className="mt-1 line-clamp-3">{maintenance.announcementBody}</Markdown>}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        <LocalTime iso={maintenance.startedAt.toISOString()} pageTimeZone={timeZone} />
        {" – "}
        <LocalTime iso={maintenance.endedAt.toISOString()} style="time" pageTimeZone={timeZone} />
        {maintenance.componentNames.length > 0 && ` · ${maintenance.componentNames.join(", ")}`}
      </p>
    </li>
  );
}
