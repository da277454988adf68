import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncidentListItem } from "@/components/incidents/incident-list-item";
import { PageShell } from "@/components/layout/page-shell";
import { MaintenanceHistoryItem } from "@/components/maintenance/maintenance-history-item";
import { Card } from "@/components/ui/card";
import { type HistoryEntry, historyFromModel } from "@/lib/history/history-of-model";
import { pageLinks, readPageModel } from "@/lib/pages/request-page";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";
import { formatInstant } from "@/lib/time/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incident history" };

type Props = { searchParams: Promise<{ page?: string }> };

function groupByMonth(entries: HistoryEntry[], timeZone: string) {
  const months = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const month = formatInstant(entry.startedAt, "month", timeZone);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months];
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export default async function HistoryPage({ searchParams }: Props) {
  const requested = (await searchParams).page ?? "1";
  const pageNumber = /^\d+$/.test(requested) ? Number(requested) : NaN;
  const model = await readPageModel();
  const link = await pageLinks();
  const history = historyFromModel(model, pageNumber);
  const { page } = model;
  if (!history) notFound();
  const tz = page.timeZone;

  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor} version={pageVersionOfModel(model)}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Incident history</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {counted(history.incidentCount, "incident")}
          {history.maintenanceCount > 0 && ` · ${counted(history.maintenanceCount, "completed maintenance")}`} · page {history.page} of{" "}
          {history.pageCount}
        </p>
      </div>
      {history.entries.length === 0 && <p className="text-zinc-600 dark:text-zinc-400">No incidents reported.</p>}
      {groupByMonth(history.entries, tz).map(([month, entries]) => (
        <section key={month} aria-label={month}>
          <h2 className="mb-2 text-lg font-semibold">{month}</h2>
          <Card className="px-5">
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {entries.map((entry) =>
                entry.kind === "incident" ? (
                  <IncidentListItem key={entry.id} incident={entry} latestBody={entry.latestUpdateBody} timeZone={tz} />
                ) : (
                  <MaintenanceHistoryItem key={entry.id} maintenance={entry} timeZone={tz} />
                ),
              )}
            </ul>
          </Card>
        </section>
      ))}
      <nav aria-label="History pages" className="flex items-center justify-between text-sm font-medium">
        {history.page > 1 ? (
          <Link href={link(`/history?page=${history.page - 1}`)} rel="prev" className="text-sky-700 hover:underline dark:text-sky-400">
            ← Newer incidents
          </Link>
        ) : (
          <span />
        )}
        {history.page < history.pageCount && (
          <Link href={link(`/history?page=${history.page + 1}`)} rel="next" className="text-sky-700 hover:underline dark:text-sky-400">
            Older incidents →
          </Link>
        )}
      </nav>
    </PageShell>
  );
}
