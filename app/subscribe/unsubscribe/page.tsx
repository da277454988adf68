import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { UnsubscribeForm } from "@/components/subscriptions/unsubscribe-form";
import { Card } from "@/components/ui/card";
import { readModelOfPage } from "@/lib/pages/request-page";
import { findManagedSubscription } from "@/lib/subscriptions/manage";
import { unsubscribeAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("subscribe"))("unsubscribe"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const subscription = await findManagedSubscription(token);
  if (!subscription) notFound();
  const [{ page }, t] = await Promise.all([readModelOfPage(subscription.pageId), getTranslations("subscribe")]);
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <Card className="space-y-3 p-5 sm:p-6">
        <h1 className="text-2xl font-bold tracking-tight">{t("unsubscribeHeading", { pageName: page.name })}</h1>
        <p className="break-all text-zinc-700 dark:text-zinc-300">
          {t.rich("stopSending", {
            address: subscription.email ?? subscription.webhookUrl ?? "",
            target: (text) => <span className="font-medium">{text}</span>,
          })}
        </p>
        <UnsubscribeForm unsubscribe={unsubscribeAction.bind(null, token)} />
      </Card>
    </PageShell>
  );
}
