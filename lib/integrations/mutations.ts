import "server-only";
import { z } from "zod";
import { audit, runMutation, type ServiceContext, type TransactionContext } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, notFound, succeeded } from "@/lib/core/result";
import { refuseOutsidePages } from "@/lib/editor-pages/scope";
import { type Integration, Prisma } from "@/lib/generated/prisma/client";
import { generateIntegrationCredentials } from "./integration-secret";
import { alertRuleInput, createIntegrationInput, integrationSettingsInput } from "./schema";

// Integrations and their rules, written by admins: validated, one transaction each, audited without secrets.

export interface CreatedIntegration {
  integration: Integration;
  /** Shown once: only their hashes are kept. */
  secret: string;
  token: string;
}

// strictUndefinedChecks: an absent mapping is stored as NULL, never passed as undefined.
const jsonOrOmit = (value: unknown) => (value === undefined || value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

const shown = ({ secretHash: _s, tokenHash: _t, ...rest }: Integration) => rest;

async function checkScope(ctx: TransactionContext, componentScope: string[]) {
  const known = await ctx.db.component.count({ where: { id: { in: componentScope } } });
  return known === new Set(componentScope).size
    ? null
    : fieldInvalid("componentScope", "componentScope names a component that does not exist");
}

async function nameTaken(ctx: TransactionContext, name: string, exceptId?: string) {
  const other = await ctx.db.integration.findFirst({ where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  return other ? fieldInvalid("name", "Another integration has that name") : null;
}

export async function createIntegration(ctx: ServiceContext, raw: unknown): Promise<MutationResult<CreatedIntegration>> {
  return runMutation(ctx, createIntegrationInput, raw, async (tx, input) => {
    const refused = (await nameTaken(tx, input.name)) ?? (await checkScope(tx, input.componentScope));
    if (refused) return refused;
    if (input.kind !== "generic" && input.mapping) return fieldInvalid("mapping", "Only a generic JSON integration has a mapping");
    const credentials = generateIntegrationCredentials();
    const integration = await tx.db.integration.create({
      data: { ...input, mapping: jsonOrOmit(input.mapping), ...credentials.stored },
    });
    await audit(tx, {
      action: "integration.create",
      entityType: "integration",
      entityId: integration.id,
      before: null,
      after: shown(integration),
    });
    return succeeded({ integration, secret: credentials.secret, token: credentials.token });
  });
}

export async function updateIntegration(ctx: ServiceContext, id: string, raw: unknown): Promise<MutationResult<Integration>> {
  return runMutation(ctx, integrationSettingsInput, raw, async (tx, input) => {
    const before = await tx.db.integration.findUnique({ where: { id } });
    if (!before) return notFound("No integration has that id");
    const refused = (await nameTaken(tx, input.name, id)) ?? (await checkScope(tx, input.componentScope));
    if (refused) return refused;
    if (before.kind !== "generic" && input.mapping) return fieldInvalid("mapping", "Only a generic JSON integration has a mapping");
    const integration = await tx.db.integration.update({
      where: { id },
      data: { ...input, mapping: jsonOrOmit(input.mapping ?? before.mapping) },
    });
    await audit(tx, {
      action: "integration.update",
      entityType: "integration",
      entityId: id,
      before: shown(before),
      after: shown(integration),
    });
    return succeeded(integration);
  });
}

const noInput = z.object({}).passthrough();

/** New URL secret and bearer token; the old ones stop working at once. */
export async function rotateIntegrationSecret(ctx: ServiceContext, id: string): Promise<MutationResult<CreatedIntegration>> {
  return runMutation(ctx, noInput, {}, async (tx) => {
    const before = await tx.db.integration.findUnique({ where: { id } });
    if (!before) return notFound("No integration has that id");
    const credentials = generateIntegrationCredentials();
    const integration = await tx.db.integration.update({ where: { id }, data: credentials.stored });
    await audit(tx, {
      action: "integration.rotate",
      entityType: "integration",
      entityId: id,
      before: { secretPrefix: before.secretPrefix },
      after: { secretPrefix: integration.secretPrefix },
    });
    return succeeded({ integration, secret: credentials.secret, token: credentials.token });
  });
}

export async function deleteIntegration(ctx: ServiceContext, id: string): Promise<MutationResult<{ id: string }>> {
  return runMutation(ctx, noInput, {}, async (tx) => {
    const before = await tx.db.integration.findUnique({ where: { id }, include: { rules: true } });
    if (!before) return notFound("No integration has that id");
    await tx.db.integration.delete({ where: { id } });
    await audit(tx, {
      action: "integration.delete",
      entityType: "integration",
      entityId: id,
      before: { ...shown(before), rules: before.rules },
      after: null,
    });
    return succeeded({ id });
  });
}

type ParsedRule = z.output<typeof alertRuleInput>;

// A rule's target must exist and, for a scoped integration, lie inside its scope.
async function checkRuleTarget(tx: TransactionContext, integration: Integration, input: ParsedRule) {
  const exists = input.componentId
    ? await tx.db.component.count({ where: { id: input.componentId } })
    : await tx.db.componentGroup.count({ where: { id: input.groupId ?? "" } });
  if (!exists) return fieldInvalid("target", "target names no component or group");
  const scope = integration.componentScope;
  if (input.componentId && scope.length > 0 && !scope.includes(input.componentId)) {
    return fieldInvalid("target", "This component is outside the integration's scope");
  }
  // A rule moves its target's statuses: a limited editor's rules stay on their pages' components.
  return refuseOutsidePages(
    tx,
    async () => {
      if (input.componentId) return { kind: "component", componentIds: [input.componentId] };
      const inGroup = await tx.db.component.findMany({ where: { groupId: input.groupId ?? "" }, select: { id: true } });
      return inGroup.length ? { kind: "component", componentIds: inGroup.map((c) => c.id) } : { kind: "layout" };
    },
    { of: () => "target" },
  );
}

export async function addAlertRule(ctx: ServiceContext, integrationId: string, raw: unknown) {
  return runMutation(ctx, alertRuleInput, raw, async (tx, input) => {
    const integration = await tx.db.integration.findUnique({ where: { id: integrationId } });
    if (!integration) return notFound("No integration has that id");
    const refused = await checkRuleTarget(tx, integration, input);
    if (refused) return refused;
    const rule = await tx.db.alertRule.create({
      data: { ...input, matchers: input.matchers as unknown as Prisma.InputJsonValue, integrationId },
    });
    await audit(tx, { action: "integration.rule.create", entityType: "integration", entityId: integrationId, before: null, after: rule });
    return succeeded(rule);
  });
}

/** Edits a rule in place: alerts already firing keep what they asked for until their next notification. */
export async function updateAlertRule(ctx: ServiceContext, integrationId: string, ruleId: string, raw: unknown) {
  return runMutation(ctx, alertRuleInput, raw, async (tx, input) => {
    const before = await tx.db.alertRule.findFirst({ where: { id: ruleId, integrationId }, include: { integration: true } });
    if (!before) return notFound("No rule has that id");
    const { integration, ...beforeRule } = before;
    const refused = await checkRuleTarget(tx, integration, input);
    if (refused) return refused;
    const rule = await tx.db.alertRule.update({
      where: { id: ruleId },
      data: { ...input, matchers: input.matchers as unknown as Prisma.InputJsonValue },
    });
    await audit(tx, {
      action: "integration.rule.update",
      entityType: "integration",
      entityId: integrationId,
      before: beforeRule,
      after: rule,
    });
    return succeeded(rule);
  });
}

export async function deleteAlertRule(ctx: ServiceContext, integrationId: string, ruleId: string) {
  return runMutation(ctx, noInput, {}, async (tx) => {
    const rule = await tx.db.alertRule.findFirst({ where: { id: ruleId, integrationId } });
    if (!rule) return notFound("No rule has that id");
    await tx.db.alertRule.delete({ where: { id: ruleId } });
    await audit(tx, { action: "integration.rule.delete", entityType: "integration", entityId: integrationId, before: rule, after: null });
    return succeeded({ id: ruleId });
  });
}
