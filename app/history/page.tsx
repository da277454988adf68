import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IncidentListItem } from "@/components/incidents/incident-list-item";
import { PageShell } from "@/components/layout/page-shell";
import { MaintenanceHistoryItem } from "@/components/maintenance/maintenance-history-item";
import { Card } from "@/components/ui/card";
import { type HistoryEntry, historyFromModel } from "@/lib/history/history-of-model";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { pageLinks, readPageModel } from "@/lib/pages/request-page";
import { modelInLanguage } from "@/lib/public-model/model-in-language";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";
import { formatInstant } from "@/lib/time/format";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

function groupByMonth(entries: HistoryEntry[], timeZone: string, locale: string) {
  const months = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const month = formatInstant(entry.startedAt, "month", timeZone, locale);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months];
}

export default async function HistoryPage({ searchParams }: Props) {
  const requested = (await searchParams).page ?? "1";
  const pageNumber = /^\d+$/.test(requested) ? Number(requested) : NaN;
  const model = await readPageModel();
  const link = await pageLinks();
  const history = historyFromModel(modelInLanguage(model, (await readerLanguage(model.page)).reader), pageNumber);
  const { page } = model;
  if (!history) notFound();
  const tz = page.timeZone;
  const t = await getTranslations();
  const locale = await getLocale();

  return (
    <PageShell
      path={history.page > 1 ? `/history?page=${history.page}` : "/history"}
      pageName={page.name}
      logoUrl={page.logoUrl}
      accentColor={page.accentColor}
      version={pageVersionOfModel(model)}
    >
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("history.title")}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t("history.incidentCount", { count: history.incidentCount })}
          {history.maintenanceCount > 0 && ` · ${t("history.maintenanceCount", { count: history.maintenanceCount })}`} ·{" "}
          {t("history.pageOf", { page: history.page, pageCount: history.pageCount })}
        </p>
      </div>
      {history.entries.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">{t("statusPage.noIncidentsReported")}</p>}
      {groupByMonth(history.entries, tz, locale).map(([month, entries]) => (
        <section key={month} aria-label={month}>
          <h2 className="mb-2 text-lg font-semibold">{month}</h2>
          <Card className="px-5">
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {entries.map((entry) =>
                entry.kind === "incident" ? (
                  <IncidentListItem key={entry.id} incident={entry} latestBody={entry.latestUpdateBody} timeZone={tz} />
                ) : (
                  <MaintenanceHistoryItem key={entry.id} maintenance={entry} timeZone={tz} link={link} />
                ),
              )}
            </ul>
          </Card>
        </section>
      ))}
      <nav aria-label={t("history.pagesNav")} className="flex items-center justify-between text-sm font-medium">
        {history.page > 1 ? (
          <Link href={link(`/history?page=${history.page - 1}`)} rel="prev" className="text-sky-700 hover:underline dark:text-sky-400">
            {t("history.newer")}
          </Link>
        ) : (
          <span />
        )}
        {history.page < history.pageCount && (
          <Link href={link(`/history?page=${history.page + 1}`)} rel="next" className="text-sky-700 hover:underline dark:text-sky-400">
            {t("history.older")}
          </Link>
        )}
      </nav>
    </PageShell>
  );
}
