import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { ManageScopeForm } from "@/components/subscriptions/manage-scope-form";
import { UnsubscribeForm } from "@/components/subscriptions/unsubscribe-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { readModelOfPage } from "@/lib/pages/request-page";
import { findManagedSubscription } from "@/lib/subscriptions/manage";
import { subscribableChoicesFrom } from "@/lib/subscriptions/queries";
import { unsubscribeAction, updateScopeAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("subscribe"))("manageTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ManageSubscriptionPage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const subscription = await findManagedSubscription(token);
  if (!subscription) notFound();
  // The page subscribed on: its name, look and components (a reader chooses among that page's only).
  const { page, groups, components } = await readModelOfPage(subscription.pageId);
  const choices = subscribableChoicesFrom(
    groups,
    components.filter((c) => c.showcase),
  );
  const t = await getTranslations("subscribe");
  const target = subscription.email ?? subscription.channelLabel ?? `${subscription.webhookUrl} (${subscription.webhookFormat})`;
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("manageHeading")}</h1>
        <p className="mt-1 break-all text-sm text-zinc-600 dark:text-zinc-400">
          {t.rich(subscription.confirmed ? "updatesGoTo" : "updatesGoToPending", {
            address: target,
            target: (text) => <span className="font-medium text-zinc-900 dark:text-zinc-100">{text}</span>,
          })}
        </p>
      </div>
      <section aria-labelledby="scope-heading">
        <SectionHeading id="scope-heading">{t("whatYouReceive")}</SectionHeading>
        <Card className="p-5 sm:p-6">
          <ManageScopeForm
            update={updateScopeAction.bind(null, token)}
            choices={choices}
            componentIds={subscription.componentIds}
            groupIds={subscription.groupIds}
            locale={subscription.locale}
          />
        </Card>
      </section>
      <section aria-labelledby="unsubscribe-heading">
        <SectionHeading id="unsubscribe-heading">{t("unsubscribe")}</SectionHeading>
        <Card className="p-5 sm:p-6">
          <UnsubscribeForm unsubscribe={unsubscribeAction.bind(null, token)} />
        </Card>
      </section>
    </PageShell>
  );
}
