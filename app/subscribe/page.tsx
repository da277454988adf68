import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { ComponentFeeds } from "@/components/subscriptions/component-feeds";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { Card } from "@/components/ui/card";
import { slugFromName } from "@/lib/components/slug";
import { readerLanguage } from "@/lib/i18n/reader-language";
import { readPageModel } from "@/lib/pages/request-page";
import { emailSubscriptionsEnabled } from "@/lib/subscriptions/email-enabled";
import { subscribableChoicesFrom } from "@/lib/subscriptions/queries";
import { subscribeAction } from "./actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("subscribe"))("title") };
}

export default async function SubscribePage() {
  const model = await readPageModel();
  const { page, groups, components } = model;
  const choices = subscribableChoicesFrom(
    groups,
    components.filter((c) => c.showcase),
  );
  const emailEnabled = emailSubscriptionsEnabled();
  const t = await getTranslations("subscribe");
  const feedTargets = [
    ...choices.groups.map((g) => ({ slug: slugFromName(g.name), name: g.name, isGroup: true })),
    ...components.filter((c) => c.showcase).map((c) => ({ slug: c.slug, name: c.name, isGroup: false })),
  ];
  return (
    <PageShell path="/subscribe" pageName={page.name} logoUrl={page.logoUrl} accentColor={page.accentColor}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {t("intro", { pageName: page.name, email: emailEnabled ? "true" : "false" })}
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
