import { useLocale, useTranslations } from "next-intl";
import { IMPACT_TEXT } from "@/components/status/status-style";
import { Card } from "@/components/ui/card";
import { readerFormatter } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { incidentDurations } from "@/lib/incidents/durations";
import type { IncidentDetailView } from "@/lib/incidents/queries";

/** Impact, affected components and the durations a retrospective measures. */
export function IncidentFacts({ incident, now }: { incident: IncidentDetailView; now: Date }) {
  const t = useTranslations();
  const locale = useLocale();
  const { duration } = readerFormatter({ locale: isLocale(locale) ? locale : "en", timeZone: "UTC", now });
  const durations = incidentDurations(incident, now);
  // [stable name (data-fact), label, value, tone]
  const facts: [string, string, string, string?][] = [
    ["Impact", t("incident.impact"), t(`status.impact.${incident.impact}`), IMPACT_TEXT[incident.impact]],
    ["Time to identify", t("incident.timeToIdentify"), durations.timeToIdentifyMs === null ? "—" : duration(durations.timeToIdentifyMs)],
    ["Time to resolve", t("incident.timeToResolve"), durations.timeToResolveMs === null ? "—" : duration(durations.timeToResolveMs)],
    durations.ongoing
      ? ["Ongoing for", t("incident.ongoingFor"), duration(durations.totalMs)]
      : ["Total duration", t("incident.totalDuration"), duration(durations.totalMs)],
  ];
  return (
    <Card className="p-5">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {facts.map(([name, label, value, tone]) => (
          <div key={name}>
            <dt className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd className={`mt-0.5 text-lg font-semibold ${tone ?? "text-zinc-900 dark:text-zinc-100"}`} data-fact={name}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {incident.affectedComponents.length > 0 && (
        <div className="mt-4 border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <h2 className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
            {t("incident.affectedComponents")}
          </h2>
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {incident.affectedComponents.map((name) => (
              <li key={name} className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
