import { z } from "zod";
import { AlertRuleAction, ComponentStatus, IntegrationKind } from "@/lib/generated/prisma/enums";
import { parseMatcherText } from "./matcher-text";
import { genericMappingSchema } from "./payloads/generic-mapping";

// What an admin may send about an integration and its rules: forms and tests parse with these.

const intIn = (field: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be at least ${min}` })
    .max(max, { error: `${field} must be at most ${max}` });

const mappingText = z
  .string()
  .max(4_000, { error: "mapping must be at most 4,000 characters" })
  .transform((text, ctx) => {
    if (text.trim() === "") return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "mapping must be a JSON object of JSON paths" });
      return z.NEVER;
    }
    const parsed = genericMappingSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      ctx.addIssue({ code: "custom", message: `mapping.${issue.path.join(".")}: ${issue.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });

export const integrationSettingsInput = z.object({
  name: z.string().trim().min(1, { error: "name is required" }).max(100, { error: "name must be at most 100 characters" }),
  mapping: mappingText.optional(),
  componentScope: z.array(z.string().min(1).max(40)).max(500).default([]),
  rateLimitPerMinute: intIn("rateLimitPerMinute", 1, 10_000).default(120),
  maxBodyBytes: intIn("maxBodyBytes", 1_024, 1_048_576).default(262_144),
  holdDownSeconds: intIn("holdDownSeconds", 0, 86_400).default(600),
});

export const createIntegrationInput = integrationSettingsInput.extend({
  kind: z.enum(IntegrationKind, { error: "kind must be alertmanager, grafana or generic" }),
});

export const alertRuleInput = z
  .object({
    matchers: z
      .string()
      .max(2_000, { error: "matchers must be at most 2,000 characters" })
      .transform((text, ctx) => {
        const parsed = parseMatcherText(text);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: parsed.message });
          return z.NEVER;
        }
        return parsed.matchers;
      }),
    target: z.string().regex(/^(component|group):[A-Za-z0-9_-]{1,64}$/, { error: "target must be a component or a group" }),
    status: z.enum(ComponentStatus, { error: "status must be a component status" }).refine((s) => s !== "operational", {
      error: "status must be a status other than operational",
    }),
    action: z.enum(AlertRuleAction, { error: "action must be status_only, draft_incident or publish_incident" }),
    position: intIn("position", 0, 10_000).default(0),
  })
  .transform(({ target, ...rule }) => {
    const [type, id] = target.split(":");
    return { ...rule, componentId: type === "component" ? id : null, groupId: type === "group" ? id : null };
  });

export type CreateIntegrationInput = z.input<typeof createIntegrationInput>;
export type AlertRuleInput = z.input<typeof alertRuleInput>;
