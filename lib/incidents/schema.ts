import { z } from "zod";
import { ComponentStatus, IncidentImpact } from "@/lib/generated/prisma/enums";
import { textTranslationsSchema, translatedMarkdown, translatedName } from "@/lib/i18n/text-translations";

// The one definition of what an admin may send about an incident: forms, the API and tests all parse with these.

export const INCIDENT_NAME_MAX_CHARS = 200;
export const UPDATE_MESSAGE_MAX_BYTES = 64 * 1024;
export const POSTMORTEM_MAX_BYTES = 256 * 1024;
// Room for clock skew between the admin's browser and the server; beyond it a date is a typo.
const FUTURE_DISPLAY_AT_GRACE_MS = 5 * 60_000;

// Limits are in bytes because storage and notifications are; TextEncoder works in the browser too.
const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Markdown text: required, not blank, at most `maxBytes` (not trimmed: leading spaces mean something in markdown). */
function markdown(field: string, maxBytes: number, limitLabel: string) {
  return z
    .string({ error: `${field} is required` })
    .refine((text) => text.trim().length > 0, { error: `${field} is required` })
    .refine((text) => byteLength(text) <= maxBytes, { error: `${field} must be at most ${limitLabel}` });
}

function isoDateTime(field: string) {
  return z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date and time, e.g. 2026-11-24T12:00:00Z` })
    .transform((text) => new Date(text));
}

// A future displayAt would outrank every later update and freeze the incident's status.
function displayAt() {
  return isoDateTime("displayAt")
    .refine((date) => date.getTime() <= Date.now() + FUTURE_DISPLAY_AT_GRACE_MS, { error: "displayAt can't be in the future" })
    .optional();
}

export const updateStatusSchema = z.enum(["investigating", "identified", "monitoring", "resolved"], {
  error: "status must be one of investigating, identified, monitoring, resolved (publish a postmortem to set postmortem)",
});

export const componentStatusChangeSchema = z.object({
  componentId: z.string({ error: "componentId is required" }).min(1, { error: "componentId is required" }),
  status: z.enum(ComponentStatus, { error: `status must be one of ${Object.values(ComponentStatus).join(", ")}` }),
});

const componentStatuses = z
  .array(componentStatusChangeSchema, { error: "componentStatuses must be a list" })
  .superRefine((changes, ctx) => {
    const seen = new Set<string>();
    changes.forEach((change, index) => {
      if (seen.has(change.componentId)) {
        ctx.addIssue({ code: "custom", path: [index, "componentId"], message: "componentId is listed twice" });
      }
      seen.add(change.componentId);
    });
  });

const deliverNotifications = z.boolean({ error: "deliverNotifications must be true or false" }).default(true);

const incidentName = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "name is required" })
  .max(INCIDENT_NAME_MAX_CHARS, { error: `name must be at most ${INCIDENT_NAME_MAX_CHARS} characters` });
const incidentImpact = z.enum(IncidentImpact, { error: `impact must be one of ${Object.values(IncidentImpact).join(", ")}` });
const componentIds = z
  .array(z.string().min(1, { error: "componentIds must name components" }), { error: "componentIds must be a list" })
  .transform((ids) => [...new Set(ids)])
  .default([]);

// Translations of the texts a request writes, keyed by language then field: { "de": { "name": "…", "message": "…" } }.
const nameAndMessageTranslations = textTranslationsSchema({
  name: translatedName(INCIDENT_NAME_MAX_CHARS),
  message: translatedMarkdown(UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
}).optional();
const messageTranslations = textTranslationsSchema({ message: translatedMarkdown(UPDATE_MESSAGE_MAX_BYTES, "64 KiB") }).optional();
const nameTranslations = textTranslationsSchema({ name: translatedName(INCIDENT_NAME_MAX_CHARS) }).optional();

export const createIncidentInput = z.object({
  name: incidentName,
  impact: incidentImpact,
  status: updateStatusSchema.default("investigating"),
  message: markdown("message", UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
  componentStatuses: componentStatuses.default([]),
  displayAt: displayAt(),
  deliverNotifications,
  translations: nameAndMessageTranslations,
});

export const addIncidentUpdateInput = z.object({
  status: updateStatusSchema,
  message: markdown("message", UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
  componentStatuses: componentStatuses.default([]),
  displayAt: displayAt(),
  deliverNotifications,
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
  translations: messageTranslations,
});

/** Publishing a draft: only the version the admin (or script) saw, to refuse a stale click. */
export const publishDraftInput = z.object({
  expectedUpdatedAt: z.iso
    .datetime({ offset: true, error: "expectedUpdatedAt must be an ISO 8601 date and time" })
    .transform((text) => new Date(text))
    .optional(),
});

export const resolveIncidentInput = z.object({
  message: markdown("message", UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
  restoreComponents: z.boolean({ error: "restoreComponents must be true or false" }).default(true),
  deliverNotifications,
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
  translations: messageTranslations,
});

export const editIncidentUpdateInput = z.object({
  message: markdown("message", UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt"),
  /** Absent: the translations stay as they are; present: they are replaced (a blank tab removes one). */
  translations: messageTranslations,
});

export const publishPostmortemInput = z.object({
  body: markdown("body", POSTMORTEM_MAX_BYTES, "256 KiB"),
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
});

/** What an incident is (not what happened in it): its name, impact and affected components. */
export const editIncidentInput = z.object({
  name: incidentName,
  impact: incidentImpact,
  componentIds,
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
  /** Absent: the translations stay as they are; present: they are replaced (a blank tab removes one). */
  translations: nameTranslations,
});

/** An incident that happened before Beacon (or while it was down): every update dated, nobody notified. */
export const recordPastIncidentInput = z.object({
  name: incidentName,
  impact: incidentImpact,
  componentIds,
  updates: z
    .array(
      z.object({
        status: updateStatusSchema,
        message: markdown("message", UPDATE_MESSAGE_MAX_BYTES, "64 KiB"),
        displayAt: isoDateTime("displayAt"),
      }),
      { error: "updates must be a list" },
    )
    .min(1, { error: "updates needs at least one update" }),
});

export type ComponentStatusChangeInput = z.infer<typeof componentStatusChangeSchema>;
export type CreateIncidentInput = z.infer<typeof createIncidentInput>;
export type AddIncidentUpdateInput = z.infer<typeof addIncidentUpdateInput>;
export type ResolveIncidentInput = z.infer<typeof resolveIncidentInput>;
export type EditIncidentUpdateInput = z.infer<typeof editIncidentUpdateInput>;
export type PublishPostmortemInput = z.infer<typeof publishPostmortemInput>;
export type EditIncidentInput = z.infer<typeof editIncidentInput>;
export type RecordPastIncidentInput = z.infer<typeof recordPastIncidentInput>;
