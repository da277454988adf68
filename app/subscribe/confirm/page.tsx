import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { ConfirmForm } from "@/components/subscriptions/confirm-form";
import { Card } from "@/components/ui/card";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { pageHref, readModelOfPage } from "@/lib/pages/request-page";
import { findPendingConfirmation } from "@/lib/subscriptions/confirm";
import { confirmAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

// Double opt-in: the link proves the reader reads that mailbox, and the button (a POST) is the confirmation,
// because corporate mail scanners open (GET) every link in a message.
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const token = (await searchParams).token ?? "";
  const pending = await findPendingConfirmation(token);
  const [{ page }, home] = await Promise.all([readModelOfPage(pending?.pageId ?? PAGE_SETTINGS_ID), pageHref("/")]);
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <Card className="space-y-3 p-5 sm:p-6">
        {pending ? (
          <ConfirmForm confirm={confirmAction.bind(null, token)} pageName={page.name} email={pending.email} />
        ) : (
          <>
            <h1 className="text-2xl font-bold tracking-tight">This link does not work</h1>
            <p role="alert" className="text-zinc-700 dark:text-zinc-300">
              This confirmation link is invalid or has expired; subscribe again to get a new one.
            </p>
          </>
        )}
        <p>
          <Link href={home} className="text-sky-700 hover:underline dark:text-sky-400">
            Back to the status page
          </Link>
        </p>
      </Card>
    </PageShell>
  );
}
