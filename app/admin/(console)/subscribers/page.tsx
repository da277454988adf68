import type { Metadata } from "next";
import { inputClass } from "@/components/admin/form-controls";
import { PageFilterSelect } from "@/components/admin/page-filter-select";
import { SubscriberList } from "@/components/admin/subscriber-list";
import { SmtpNotice } from "@/components/admin/subscriber-smtp-notice";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { subscribersOfSession } from "@/lib/editor-pages/list-reach";
import { getPageSettings } from "@/lib/page/queries";
import { listPageChoices } from "@/lib/pages/form-choices";
import { emailSubscriptionsEnabled } from "@/lib/subscriptions/email-enabled";
import { listSubscribers, SUBSCRIBER_PAGE_SIZE } from "@/lib/subscriptions/queries";
import { removeSubscriberAction, sendTestMessageAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribers" };

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<{ q?: string; statusPage?: string }> }) {
  const session = await requireAdmin({ permission: "subscribers.view" });
  const params = await searchParams;
  const q = (params.q ?? "").trim();
  const statusPage = params.statusPage?.trim() || undefined;
  const [onPage, pages] = await Promise.all([subscribersOfSession(session, statusPage), listPageChoices()]);
  const [subscribers, page] = await Promise.all([listSubscribers({ search: q, onPage }), getPageSettings()]);
  // The export holds what the list shows: the same search and page.
  const exportQuery = new URLSearchParams({ ...(q ? { q } : {}), ...(statusPage ? { statusPage } : {}) }).toString();
  const exportHref = `/admin/subscribers/export${exportQuery ? `?${exportQuery}` : ""}`;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Subscribers</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Readers who get incident, maintenance and status updates by email, webhook, chat or push (newest first, up to{" "}
            {SUBSCRIBER_PAGE_SIZE}).
          </p>
        </div>
        <a
          href={exportHref}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Export CSV
        </a>
      </div>
      {!emailSubscriptionsEnabled() && <SmtpNotice />}
      {/* biome-ignore lint/a11y/useSemanticElements: <search> wrapping a form is announced the same; role keeps one element */}
      <form method="get" action="/admin/subscribers" role="search" className="flex items-end gap-3">
        <div className="flex-1">
          <label htmlFor="q" className="block text-sm font-medium">
            Search by address or URL
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        {pages.length > 1 && <PageFilterSelect pages={pages} selected={statusPage} />}
        <button
          type="submit"
          className="rounded-md border border-zinc-300 px-3 py-2 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Search
        </button>
      </form>
      <Card className="overflow-x-auto p-2 sm:p-3">
        <SubscriberList
          subscribers={subscribers}
          timeZone={page.timeZone}
          remove={removeSubscriberAction}
          sendTest={sendTestMessageAction}
        />
      </Card>
    </>
  );
}
