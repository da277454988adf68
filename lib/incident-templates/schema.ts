import { z } from "zod";
import { IncidentImpact } from "@/lib/generated/prisma/enums";
import { INCIDENT_NAME_MAX_CHARS, UPDATE_MESSAGE_MAX_BYTES } from "@/lib/incidents/schema";

// What an admin may save as an incident template: the admin form and tests parse with these.
// A template is copied into the "Open an incident" form, so its limits are that form's limits.

export const TEMPLATE_NAME_MAX_CHARS = 100;
export const TEMPLATE_STATUSES = ["investigating", "identified", "monitoring"] as const;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "name is required" })
  .max(TEMPLATE_NAME_MAX_CHARS, { error: `name must be at most ${TEMPLATE_NAME_MAX_CHARS} characters` });

const title = z
  .string({ error: "title is required" })
  .trim()
  .min(1, { error: "title is required" })
  .max(INCIDENT_NAME_MAX_CHARS, { error: `title must be at most ${INCIDENT_NAME_MAX_CHARS} characters` });

const impact = z.enum(IncidentImpact, { error: `impact must be one of ${Object.values(IncidentImpact).join(", ")}` });

// A template opens an incident, so it can't start it resolved.
const status = z.enum(TEMPLATE_STATUSES, { error: `status must be one of ${TEMPLATE_STATUSES.join(", ")}` });

// Not trimmed: leading spaces mean something in markdown.
const body = z
  .string({ error: "body is required" })
  .refine((text) => text.trim().length > 0, { error: "body is required" })
  .refine((text) => byteLength(text) <= UPDATE_MESSAGE_MAX_BYTES, { error: "body must be at most 64 KiB" });

const componentIds = z
  .array(z.string({ error: "componentIds must be component ids" }).min(1, { error: "componentIds must be component ids" }), {
    error: "componentIds must be a list",
  })
  .transform((ids) => [...new Set(ids)]);

export const createIncidentTemplateInput = z.object({
  name,
  title,
  impact,
  status: status.default("investigating"),
  body,
  componentIds: componentIds.default([]),
});
export type CreateIncidentTemplateInput = z.output<typeof createIncidentTemplateInput>;

// No defaults here: a field left out stays as it was.
export const updateIncidentTemplateInput = z
  .object({
    name: name.optional(),
    title: title.optional(),
    impact: impact.optional(),
    status: status.optional(),
    body: body.optional(),
    componentIds: componentIds.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: "Nothing to change: send name, title, impact, status, body or componentIds",
  });
export type UpdateIncidentTemplateInput = z.output<typeof updateIncidentTemplateInput>;
