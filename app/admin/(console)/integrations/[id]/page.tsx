import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlertRuleForm } from "@/components/admin/alert-rule-form";
import { DeleteAction, InlineAction } from "@/components/admin/inline-action";
import { IntegrationSettingsForm } from "@/components/admin/integration-settings-form";
import { RotateIntegrationButton } from "@/components/admin/rotate-integration-button";
import { TestAlertForm } from "@/components/admin/test-alert-form";
import { LocalTime } from "@/components/time/local-time";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { COMPONENT_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { integrationPath } from "@/lib/integrations/integration-secret";
import { getIntegrationForAdmin, listRuleTargets } from "@/lib/integrations/queries";
import { sampleNotification } from "@/lib/integrations/sample-notification";
import { getPageSettings } from "@/lib/page/queries";
import {
  addAlertRuleAction,
  deleteAlertRuleAction,
  deleteIntegrationAction,
  rotateIntegrationAction,
  saveIntegrationSettings,
  testIntegrationAction,
  updateAlertRuleAction,
} from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alert integration" };

const ACTION_LABEL = { status_only: "Status only", draft_incident: "Draft incident", publish_incident: "Publish incident" } as const;

export default async function IntegrationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin({ permission: "monitors.manage" });
  const { id } = await params;
  const [integration, targets, page, components] = await Promise.all([
    getIntegrationForAdmin(id),
    listRuleTargets(),
    getPageSettings(),
    listComponentChoices(),
  ]);
  if (!integration) notFound();
  const origin = page.url.replace(/\/$/, "");
  const tz = page.timeZone;
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{integration.name}</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {integration.kind} · {integration.rateLimitPerMinute} requests a minute · bodies up to {integration.maxBodyBytes} bytes ·
          hold-down {integration.holdDownSeconds} s
        </p>
        <p className="mt-1 text-sm">
          Sender URL: <code className="font-mono">{`${origin}${integrationPath(integration.id)}/${integration.secretPrefix}…`}</code> (or{" "}
          <code className="font-mono">{`${origin}${integrationPath(integration.id)}`}</code> with the bearer token)
        </p>
      </div>
      <Card className="p-4">
        <RotateIntegrationButton rotate={rotateIntegrationAction.bind(null, integration.id)} origin={origin} />
      </Card>
      <section aria-labelledby="rules-heading">
        <SectionHeading id="rules-heading">Rules</SectionHeading>
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">Tried in order; the first rule whose matchers all hold decides.</p>
        {integration.rules.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No rule yet: every alert is kept below as unmatched.</p>
        ) : (
          <ol className="space-y-2">
            {integration.rules.map((rule) => (
              <li key={rule.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                  <span>
                    <span className="text-zinc-500">#{rule.position}</span> <code className="font-mono">{rule.matchers}</code> →{" "}
                    <strong>{rule.target}</strong>, {COMPONENT_STATUS_LABEL[rule.status]} · {ACTION_LABEL[rule.action]}
                  </span>
                  <InlineAction action={deleteAlertRuleAction.bind(null, integration.id, rule.id)} label={`Delete rule ${rule.matchers}`}>
                    Delete
                  </InlineAction>
                  <details className="w-full">
                    <summary className="cursor-pointer text-sm font-medium">Edit rule</summary>
                    <div className="mt-3">
                      <AlertRuleForm
                        add={updateAlertRuleAction.bind(null, integration.id, rule.id)}
                        targets={targets}
                        idPrefix={`rule-${rule.id}`}
                        rule={{
                          matchers: rule.matchers,
                          target: rule.targetValue,
                          status: rule.status,
                          action: rule.action,
                          position: String(rule.position),
                        }}
                      />
                    </div>
                  </details>
                </Card>
              </li>
            ))}
          </ol>
        )}
        <Card className="mt-4 p-5">
          <AlertRuleForm add={addAlertRuleAction.bind(null, integration.id)} targets={targets} />
        </Card>
      </section>
      <section aria-labelledby="test-heading">
        <SectionHeading id="test-heading">Test alert</SectionHeading>
        <Card className="p-5">
          <TestAlertForm test={testIntegrationAction.bind(null, integration.id)} sample={sampleNotification(integration.kind)} />
        </Card>
      </section>
      <section aria-labelledby="unmatched">
        <SectionHeading id="unmatched">
          {integration.unmatched.length} alert{integration.unmatched.length === 1 ? "" : "s"} matched no rule
        </SectionHeading>
        {integration.unmatched.length > 0 && (
          <Card className="overflow-x-auto p-2">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th className="p-2">Received</th>
                  <th className="p-2">Alert</th>
                  <th className="p-2">Status</th>
                  <th className="p-2">Labels</th>
                </tr>
              </thead>
              <tbody>
                {integration.unmatched.map((alert) => (
                  <tr key={alert.id} className="border-t border-zinc-200 dark:border-zinc-800">
                    <td className="p-2 whitespace-nowrap">
                      <LocalTime iso={alert.receivedAt.toISOString()} pageTimeZone={tz} />
                    </td>
                    <td className="p-2">{alert.title}</td>
                    <td className="p-2">{alert.status}</td>
                    <td className="p-2 font-mono text-xs [overflow-wrap:anywhere]">
                      {Object.entries(alert.labels as Record<string, string>)
                        .map(([k, val]) => `${k}="${val}"`)
                        .join(", ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>
      <section aria-labelledby="settings-heading">
        <SectionHeading id="settings-heading">Settings</SectionHeading>
        <Card className="p-5">
          <IntegrationSettingsForm
            save={saveIntegrationSettings.bind(null, integration.id)}
            components={components}
            settings={{
              name: integration.name,
              generic: integration.kind === "generic",
              mapping: integration.mapping ? JSON.stringify(integration.mapping) : "",
              componentScope: integration.componentScope,
              rateLimitPerMinute: integration.rateLimitPerMinute,
              maxBodyBytes: integration.maxBodyBytes,
              holdDownSeconds: integration.holdDownSeconds,
            }}
          />
        </Card>
      </section>
      <Card className="p-4">
        <DeleteAction
          action={deleteIntegrationAction.bind(null, integration.id)}
          what={integration.name}
          consequence="Its URL and token stop working and its rules are deleted; incidents it opened stay."
        />
      </Card>
    </>
  );
}
