import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TranslatedMarkdown } from "@/components/i18n/translated-markdown";
import { PageShell } from "@/components/layout/page-shell";
import { MaintenanceFacts } from "@/components/maintenance/maintenance-facts";
import { MaintenanceTimeline } from "@/components/maintenance/maintenance-timeline";
import { Card, SectionHeading } from "@/components/ui/card";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { shownName } from "@/lib/i18n/translated-text";
import { maintenanceFromModel } from "@/lib/maintenance/public-views";
import { pageHref, readPageModel } from "@/lib/pages/request-page";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";

// Rendered per request from the public read model (never from the store): an unknown id is the model's 404 too.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const maintenance = maintenanceFromModel(await readPageModel(), (await params).id);
  const t = await getTranslations("maintenance");
  return { title: maintenance ? t("metaTitle", { name: maintenance.name }) : t("notFound") };
}

export default async function MaintenancePage({ params }: Props) {
  const [model, { id }] = await Promise.all([readPageModel(), params]);
  const maintenance = maintenanceFromModel(model, id);
  const { page } = model;
  if (!maintenance) notFound();
  const tz = page.timeZone;
  const language = await readerLanguage(page);
  const name = shownName(maintenance, language.written, language.reader);
  const t = await getTranslations();
  return (
    <PageShell
      path={`/maintenance/${maintenance.id}`}
      pageName={page.name}
      logoUrl={page.logoUrl}
      accentColor={page.accentColor}
      version={pageVersionOfModel(model)}
    >
      <div>
        <p
          data-maintenance-status={maintenance.status}
          className="text-sm font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400"
        >
          {t("maintenance.eyebrow", { status: t(`status.maintenance.${maintenance.status}`) })}
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-sky-800 sm:text-3xl dark:text-sky-300" lang={name.locale}>
          {name.text}
        </h1>
      </div>
      <MaintenanceFacts maintenance={maintenance} timeZone={tz} />
      {/* Once later updates come, the announcement keeps its place above them; alone, the timeline shows it. */}
      {maintenance.announcement && maintenance.updates.length > 1 && (
        <section aria-labelledby="announcement-heading">
          <SectionHeading id="announcement-heading">{t("maintenance.announcement")}</SectionHeading>
          <Card className="border-s-4 border-s-sky-500 p-5 sm:p-6">
            <TranslatedMarkdown update={maintenance.announcement} language={language} />
          </Card>
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <SectionHeading id="timeline-heading">{t("maintenance.updates")}</SectionHeading>
        <Card className="p-5 sm:p-6">
          <MaintenanceTimeline updates={maintenance.updates} timeZone={tz} language={language} />
        </Card>
      </section>
      <p className="text-sm">
        <Link href={await pageHref("/")} prefetch={false} className="font-medium text-sky-700 underline dark:text-sky-400">
          {t("common.backToCurrentStatus")}
        </Link>
      </p>
    </PageShell>
  );
}
