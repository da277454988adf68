import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { ActiveIncidents } from "@/components/status/active-incidents";
import { ComponentList } from "@/components/status/component-list";
import { MaintenanceList } from "@/components/status/maintenance-list";
import { OverallBanner } from "@/components/status/overall-banner";
import { PastIncidents } from "@/components/status/past-incidents";
import { SlaTable } from "@/components/status/sla-table";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { pageLinks, readPageModel } from "@/lib/pages/request-page";
import { modelInLanguage } from "@/lib/public-model/model-in-language";
import { publicSlaTable } from "@/lib/sla/public-table";
import { statusPageOfModel } from "@/lib/status/status-page-of-model";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";

// Rendered per request from the public read model (never at build time; never from the store itself).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { page } = await readPageModel();
  return { title: { absolute: page.name }, description: page.description ?? undefined };
}

export default async function StatusPage() {
  const model = await readPageModel();
  const link = await pageLinks();
  // Incident and maintenance texts in the reader's language where translated (the incident page marks which).
  const view = statusPageOfModel(modelInLanguage(model, (await readerLanguage(model.page)).reader));
  const tz = view.page.timeZone;
  const sla = model.page.showSlaTable ? publicSlaTable(model.sla, model.components) : null;
  return (
    <PageShell
      path="/"
      pageName={view.page.name}
      logoUrl={view.page.logoUrl}
      accentColor={model.page.accentColor}
      version={pageVersionOfModel(model)}
    >
      {view.page.description && <p className="text-zinc-700 dark:text-zinc-300">{view.page.description}</p>}
      {/* One clock on the page: the footer's "Last updated", the time this open page last confirmed it is current. */}
      <OverallBanner {...view.overall} />
      <ActiveIncidents incidents={view.activeIncidents} timeZone={tz} />
      <MaintenanceList kind="inProgress" maintenances={view.activeMaintenances} timeZone={tz} link={link} />
      <ComponentList sections={view.sections} />
      <MaintenanceList kind="scheduled" maintenances={view.upcomingMaintenances} timeZone={tz} link={link} />
      {sla && <SlaTable table={sla} />}
      <PastIncidents days={view.pastDays} timeZone={tz} />
    </PageShell>
  );
}
