import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { UnsubscribeForm } from "@/components/subscriptions/unsubscribe-form";
import { Card } from "@/components/ui/card";
import { readModelOfPage } from "@/lib/pages/request-page";
import { findManagedSubscription } from "@/lib/subscriptions/manage";
import { unsubscribeAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const subscription = await findManagedSubscription(token);
  if (!subscription) notFound();
  const { page } = await readModelOfPage(subscription.pageId);
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <Card className="space-y-3 p-5 sm:p-6">
        <h1 className="text-2xl font-bold tracking-tight">Unsubscribe from {page.name}</h1>
        <p className="break-all text-zinc-700 dark:text-zinc-300">
          Stop sending updates to <span className="font-medium">{subscription.email ?? subscription.webhookUrl}</span>?
        </p>
        <UnsubscribeForm unsubscribe={unsubscribeAction.bind(null, token)} />
      </Card>
    </PageShell>
  );
}
