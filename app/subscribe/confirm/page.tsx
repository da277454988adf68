import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { getPageSettings } from "@/lib/page/queries";
import { confirmSubscription } from "@/lib/subscriptions/confirm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm subscription", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

// Opening the link is the confirmation (double opt-in): the token proves the reader reads that mailbox.
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const [page, result] = await Promise.all([getPageSettings(), confirmSubscription((await searchParams).token)]);
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl}>
      <Card className="space-y-3 p-5 sm:p-6">
        {result.ok ? (
          <>
            <h1 className="text-2xl font-bold tracking-tight">Subscription confirmed</h1>
            <p className="text-zinc-700 dark:text-zinc-300">
              {result.data.email ?? "You"} will now receive {page.name} updates. Every message links to manage or cancel it.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold tracking-tight">This link does not work</h1>
            <p role="alert" className="text-zinc-700 dark:text-zinc-300">
              {result.error.message}.
            </p>
          </>
        )}
        <p>
          <Link href="/" className="text-sky-700 hover:underline dark:text-sky-400">
            Back to the status page
          </Link>
        </p>
      </Card>
    </PageShell>
  );
}
