"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { integrationPath } from "@/lib/integrations/integration-secret";
import {
  addAlertRule,
  createIntegration,
  deleteAlertRule,
  deleteIntegration,
  rotateIntegrationSecret,
  updateAlertRule,
  updateIntegration,
} from "@/lib/integrations/mutations";
import { testIntegration } from "@/lib/integrations/test-alert";
import { alertRuleFormInput, integrationFormInput } from "./form-input";

// Alert integrations are automation that moves component statuses, as monitors are: the same permission.
const permission = "monitors.manage";
const revalidate = { paths: ["/admin/integrations", "/admin"] };

const credentials = (integration: { id: string; name: string }, secret: string, token: string) => ({
  name: integration.name,
  url: integrationPath(integration.id, secret),
  bearerUrl: integrationPath(integration.id),
  token,
});

export const createIntegrationFromForm = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createIntegration({ actor }, integrationFormInput(form)),
  // The URL secret and bearer token, in plaintext this once; they live only in this response.
  respond: ({ integration, secret, token }) => credentials(integration, secret, token),
});

export const rotateIntegrationAction = adminAction({
  permission,
  revalidate,
  run: ({ actor }, id: string) => rotateIntegrationSecret({ actor }, id),
  respond: ({ integration, secret, token }) => credentials(integration, secret, token),
});

export const deleteIntegrationAction = adminAction({
  permission,
  revalidate,
  run: ({ actor }, id: string) => deleteIntegration({ actor }, id),
  redirectTo: () => "/admin/integrations",
});

export const addAlertRuleAction = adminAction({
  permission,
  revalidate: { paths: ["/admin/integrations"] },
  run: ({ actor, form }, id: string) => addAlertRule({ actor }, id, alertRuleFormInput(form)),
});

export const updateAlertRuleAction = adminAction({
  permission,
  revalidate: { paths: ["/admin/integrations"] },
  run: ({ actor, form }, id: string, ruleId: string) => updateAlertRule({ actor }, id, ruleId, alertRuleFormInput(form)),
});

export const deleteAlertRuleAction = adminAction({
  permission,
  revalidate: { paths: ["/admin/integrations", EVERY_PAGE] },
  run: ({ actor }, id: string, ruleId: string) => deleteAlertRule({ actor }, id, ruleId),
});

export const saveIntegrationSettings = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, id: string) => updateIntegration({ actor }, id, integrationFormInput(form)),
});

export const testIntegrationAction = adminAction({
  permission,
  run: ({ actor, form }, id: string) => testIntegration({ actor }, id, { payload: String(form.get("payload") ?? "") }),
  respond: ({ alerts }) => alerts,
});
