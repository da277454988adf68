import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/incidents/markdown";
import { LocalTime } from "@/components/time/local-time";
import { Card } from "@/components/ui/card";
import { pageLinks } from "@/lib/pages/request-page";
import type { IncidentSummaryView } from "@/lib/status/queries";
import { IMPACT_BORDER, IMPACT_TEXT } from "./status-style";

export async function ActiveIncidents({ incidents, timeZone }: { incidents: IncidentSummaryView[]; timeZone: string }) {
  const link = await pageLinks();
  const t = await getTranslations();
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby="active-incidents-heading" className="space-y-3">
      <h2 id="active-incidents-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {t("statusPage.activeIncidents")}
      </h2>
      {incidents.map((incident) => (
        <Card key={incident.id} className={`border-s-4 p-5 ${IMPACT_BORDER[incident.impact]}`}>
          <h3 className={`text-base font-semibold ${IMPACT_TEXT[incident.impact]}`}>
            <Link href={link(`/incidents/${incident.id}`)} prefetch={false} className="hover:underline">
              {incident.name}
            </Link>
          </h3>
          <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
            {t("statusPage.impactLine", { impact: t(`status.impact.${incident.impact}`) })}
          </p>
          {incident.latestUpdate && (
            <div className="mt-3">
              <p className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
                {t(`status.incident.${incident.latestUpdate.status as "investigating"}`)}
              </p>
              <Markdown>{incident.latestUpdate.body}</Markdown>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                <LocalTime iso={incident.latestUpdate.displayAt.toISOString()} pageTimeZone={timeZone} />
              </p>
            </div>
          )}
        </Card>
      ))}
    </section>
  );
}
