import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { IncidentListItem } from "@/components/incidents/incident-list-item";
import { pageLinks } from "@/lib/pages/request-page";
import type { StatusPageView } from "@/lib/status/queries";
import { formatInstant } from "@/lib/time/format";

export async function PastIncidents({ days, timeZone }: { days: StatusPageView["pastDays"]; timeZone: string }) {
  const link = await pageLinks();
  const t = await getTranslations("statusPage");
  const locale = await getLocale();
  return (
    <section aria-labelledby="past-incidents-heading">
      <h2 id="past-incidents-heading" className="mb-3 text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {t("pastIncidents")}
      </h2>
      <div className="space-y-5">
        {days.map((day) => (
          <div key={day.key} data-day={day.key}>
            <h3 className="border-b border-zinc-200 pb-1.5 text-sm font-semibold text-zinc-900 dark:border-zinc-800 dark:text-zinc-100">
              {formatInstant(day.start, "date", timeZone, locale)}
            </h3>
            {day.incidents.length === 0 ? (
              <p className="pt-2 text-sm text-zinc-600 dark:text-zinc-400">{t("noIncidentsReported")}</p>
            ) : (
              <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {day.incidents.map((incident) => (
                  <IncidentListItem
                    key={incident.id}
                    incident={incident}
                    latestBody={incident.latestUpdate?.body ?? null}
                    timeZone={timeZone}
                  />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <p className="mt-6 text-sm">
        <Link href={link("/history")} prefetch={false} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          {t("incidentHistoryLink")}
        </Link>
      </p>
    </section>
  );
}
