import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { ComponentFeeds } from "@/components/subscriptions/component-feeds";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { Card } from "@/components/ui/card";
import { slugFromName } from "@/lib/components/slug";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { readPageModel } from "@/lib/pages/request-page";
import { pageVersionOfModel } from "@/lib/statuspage/snapshot-of-model";
import { emailSubscriptionsEnabled } from "@/lib/subscriptions/email-enabled";
import { subscribableChoicesFrom } from "@/lib/subscriptions/queries";
import { subscribeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe to updates" };

export default async function SubscribePage() {
  const model = await readPageModel();
  const { page, groups, components } = model;
  const choices = subscribableChoicesFrom(
    groups,
    components.filter((c) => c.showcase),
  );
  const emailEnabled = emailSubscriptionsEnabled();
  const feedTargets = [
    ...choices.groups.map((g) => ({ slug: slugFromName(g.name), name: g.name, isGroup: true })),
    ...components.filter((c) => c.showcase).map((c) => ({ slug: c.slug, name: c.name, isGroup: false })),
  ];
  return (
    <PageShell pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor} version={pageVersionOfModel(model)}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Subscribe to updates</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Hear about incidents, scheduled maintenance and status changes of {page.name} by {emailEnabled ? "email, " : ""}webhook, Microsoft
          Teams, Google Chat, Mattermost, ntfy or Telegram. Every message links to the page.
        </p>
      </div>
      <Card className="p-5 sm:p-6">
        <SubscribeForm
          subscribe={subscribeAction}
          choices={choices}
          emailEnabled={emailEnabled}
          locale={(await readerLanguage(page)).reader}
        />
      </Card>
      <Card className="p-5 sm:p-6">
        <ComponentFeeds targets={feedTargets} />
      </Card>
    </PageShell>
  );
}
