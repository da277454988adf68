import type { Metadata } from "next";
import Link from "next/link";
import { CreateIntegrationForm } from "@/components/admin/create-integration-form";
import { LocalTime } from "@/components/time/local-time";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { listIntegrations } from "@/lib/integrations/queries";
import { getPageSettings } from "@/lib/page/queries";
import { createIntegrationFromForm } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alert integrations" };

const KIND_LABEL = { alertmanager: "Alertmanager", grafana: "Grafana", generic: "Generic JSON" } as const;

export default async function IntegrationsPage() {
  await requireAdmin({ permission: "monitors.manage" });
  const [integrations, page, components] = await Promise.all([listIntegrations(), getPageSettings(), listComponentChoices()]);
  const origin = page.url.replace(/\/$/, "");
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Alert integrations</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Alertmanager, Grafana or any JSON sender posts its alerts here; rules turn them into component statuses and incidents (a draft for
          review, or published at once).
        </p>
      </div>
      <section aria-labelledby="integrations-heading">
        <SectionHeading id="integrations-heading">Integrations</SectionHeading>
        {integrations.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No integration yet.</p>
        ) : (
          <ul className="space-y-3">
            {integrations.map((i) => (
              <li key={i.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div>
                    <Link href={`/admin/integrations/${i.id}`} className="font-semibold text-sky-700 underline dark:text-sky-400">
                      {i.name}
                    </Link>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      {KIND_LABEL[i.kind]} · {i.ruleCount} rule{i.ruleCount === 1 ? "" : "s"} · last alert{" "}
                      {i.lastReceivedAt ? <LocalTime iso={i.lastReceivedAt.toISOString()} pageTimeZone={page.timeZone} /> : "never"}
                    </p>
                  </div>
                  {i.unmatchedCount > 0 && (
                    <Link href={`/admin/integrations/${i.id}#unmatched`} className="text-sm text-amber-800 underline dark:text-amber-300">
                      {i.unmatchedCount} alert{i.unmatchedCount === 1 ? "" : "s"} matched no rule
                    </Link>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-integration-heading">
        <SectionHeading id="create-integration-heading">Add an integration</SectionHeading>
        <Card className="p-5 sm:p-6">
          <CreateIntegrationForm create={createIntegrationFromForm} origin={origin} components={components} />
        </Card>
      </section>
    </>
  );
}
