import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IMPACT_TEXT } from "@/components/status/status-style";
import { LocalTime } from "@/components/time/local-time";
import type { IncidentImpact, IncidentStatus } from "@/lib/generated/prisma/enums";
import { pageLinks } from "@/lib/pages/request-page";
import { Markdown } from "./markdown";

interface ListedIncident {
  id: string;
  name: string;
  impact: IncidentImpact;
  status: IncidentStatus;
  startedAt: Date;
  resolvedAt: Date | null;
}

/** An incident in a list (past incidents, history): name, status, latest words and when. */
export async function IncidentListItem({
  incident,
  latestBody,
  timeZone,
}: {
  incident: ListedIncident;
  latestBody: string | null;
  timeZone: string;
}) {
  const link = await pageLinks();
  const t = await getTranslations("status.incident");
  return (
    <li className="py-3" data-incident-id={incident.id}>
      <Link
        href={link(`/incidents/${incident.id}`)}
        prefetch={false}
        className={`font-semibold hover:underline ${IMPACT_TEXT[incident.impact]}`}
      >
        {incident.name}
      </Link>
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t(incident.status)}</p>
      {latestBody && <Markdown className="mt-1 line-clamp-3">{latestBody}</Markdown>}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        <LocalTime iso={incident.startedAt.toISOString()} pageTimeZone={timeZone} />
        {incident.resolvedAt && (
          <>
            {" – "}
            <LocalTime iso={incident.resolvedAt.toISOString()} style="time" pageTimeZone={timeZone} />
          </>
        )}
      </p>
    </li>
  );
}
