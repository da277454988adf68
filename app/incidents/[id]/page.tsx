import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { subscribeAction } from "@/app/subscribe/actions";
import { IncidentFacts } from "@/components/incidents/incident-facts";
import { IncidentTimeline } from "@/components/incidents/incident-timeline";
import { Markdown } from "@/components/incidents/markdown";
import { PageShell } from "@/components/layout/page-shell";
import { IMPACT_TEXT } from "@/components/status/status-style";
import { IncidentSubscribeForm } from "@/components/subscriptions/incident-subscribe-form";
import { LocalTime } from "@/components/time/local-time";
import { Card, SectionHeading } from "@/components/ui/card";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { shownName } from "@/lib/i18n/translated-text";
import { incidentFromModel } from "@/lib/incidents/public-views";
import { isUnresolvedIncident } from "@/lib/incidents/unresolved";
import { readPageModel } from "@/lib/pages/request-page";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";
import { emailSubscriptionsEnabled } from "@/lib/subscriptions/email-enabled";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = incidentFromModel(await readPageModel(), (await params).id);
  return { title: incident?.name ?? (await getTranslations("incident"))("notFound") };
}

export default async function IncidentPage({ params }: Props) {
  const [model, { id }] = await Promise.all([readPageModel(), params]);
  const incident = incidentFromModel(model, id);
  const { page } = model;
  if (!incident) notFound();
  const tz = page.timeZone;
  const language = await readerLanguage(page);
  const name = shownName(incident, language.written, language.reader);
  const t = await getTranslations();
  return (
    <PageShell
      path={`/incidents/${incident.id}`}
      pageName={page.name}
      logoUrl={page.logoUrl}
      accentColor={page.accentColor}
      version={pageVersionOfModel(model)}
    >
      <div>
        <p data-incident-status={incident.status} className="text-sm font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          {t("incident.eyebrow", { status: t(`status.incident.${incident.status}`) })}
        </p>
        <h1 className={`mt-1 text-2xl font-bold tracking-tight sm:text-3xl ${IMPACT_TEXT[incident.impact]}`} lang={name.locale}>
          {name.text}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t.rich("incident.started", { when: () => <LocalTime iso={incident.startedAt.toISOString()} pageTimeZone={tz} /> })}
          {incident.resolvedAt &&
            t.rich("incident.resolved", {
              when: () => <LocalTime iso={(incident.resolvedAt as Date).toISOString()} pageTimeZone={tz} />,
            })}
        </p>
      </div>
      <IncidentFacts incident={incident} now={new Date()} />
      {isUnresolvedIncident(incident.status) && (
        <section aria-labelledby="follow-heading">
          <SectionHeading id="follow-heading">{t("incident.follow")}</SectionHeading>
          <Card className="p-5 sm:p-6">
            <IncidentSubscribeForm
              subscribe={subscribeAction}
              incidentId={incident.id}
              emailEnabled={emailSubscriptionsEnabled()}
              locale={language.reader}
            />
          </Card>
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <SectionHeading id="timeline-heading">{t("incident.updates")}</SectionHeading>
        <Card className="p-5 sm:p-6">
          <IncidentTimeline updates={incident.updates} timeZone={tz} language={language} />
        </Card>
      </section>
      {incident.postmortemBody && (
        <section aria-labelledby="postmortem-heading">
          <SectionHeading id="postmortem-heading">{t("incident.postmortem")}</SectionHeading>
          <Card className="p-5 sm:p-8">
            <Markdown>{incident.postmortemBody}</Markdown>
          </Card>
        </section>
      )}
    </PageShell>
  );
}
