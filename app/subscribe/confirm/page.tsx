import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { ConfirmForm } from "@/components/subscriptions/confirm-form";
import { Card } from "@/components/ui/card";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pageHref, readModelOfPage } from "@/lib/pages/request-page";
import { findPendingConfirmation } from "@/lib/subscriptions/confirm";
import { confirmAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("subscribe"))("confirmTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string }> };

// Double opt-in: the link proves the reader reads that mailbox, and the button (a POST) is the confirmation,
// because corporate mail scanners open (GET) every link in a message.
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const pending = await findPendingConfirmation(token);
  const [{ page }, home, t] = await Promise.all([readModelOfPage(pending?.pageId ?? PAGE_SETTINGS_ID), pageHref("/"), getTranslations()]);
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <Card className="space-y-3 p-5 sm:p-6">
        {pending ? (
          <ConfirmForm confirm={confirmAction.bind(null, token)} pageName={page.name} email={pending.email} />
        ) : (
          <>
            <h1 className="text-2xl font-bold tracking-tight">{t("subscribe.linkBroken")}</h1>
            <p role="alert" className="text-zinc-700 dark:text-zinc-300">
              {t("subscribe.linkBrokenBody")}
            </p>
          </>
        )}
        <p>
          <Link href={home} className="text-sky-700 hover:underline dark:text-sky-400">
            {t("common.backToStatusPage")}
          </Link>
        </p>
      </Card>
    </PageShell>
  );
}
