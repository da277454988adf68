import { z } from "zod";
import { MaintenanceStatus } from "@/lib/generated/prisma/enums";
import { textTranslationsSchema, translatedMarkdown, translatedName } from "@/lib/i18n/text-translations";
import { overlappingOccurrences, parseRecurrenceRule } from "./recurrence";

// The one definition of what an admin may send about scheduled maintenance: forms, the API and tests parse with these.

export const MAINTENANCE_NAME_MAX_CHARS = 200;
export const MAINTENANCE_MESSAGE_MAX_BYTES = 64 * 1024;

// Limits are in bytes because storage and notifications are; TextEncoder works in the browser too.
const byteLength = (text: string) => new TextEncoder().encode(text).length;

const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "name is required" })
  .max(MAINTENANCE_NAME_MAX_CHARS, { error: `name must be at most ${MAINTENANCE_NAME_MAX_CHARS} characters` });

/** Markdown text: required, not blank, at most 64 KiB (not trimmed: leading spaces mean something in markdown). */
const message = z
  .string({ error: "message is required" })
  .refine((text) => text.trim().length > 0, { error: "message is required" })
  .refine((text) => byteLength(text) <= MAINTENANCE_MESSAGE_MAX_BYTES, { error: "message must be at most 64 KiB" });

function isoDateTime(field: string) {
  return z
    .string({ error: `${field} is required` })
    .min(1, { error: `${field} is required` })
    .pipe(z.iso.datetime({ offset: true, error: `${field} must be an ISO 8601 date and time, e.g. 2026-11-24T22:00:00Z` }))
    .transform((text) => new Date(text));
}

const componentIds = z
  .array(z.string({ error: "componentId is required" }).min(1, { error: "componentId is required" }), {
    error: "componentIds must be a list",
  })
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [index], message: "componentId is listed twice" });
    });
  })
  .default([]);

/** An RRULE ("FREQ=WEEKLY;BYDAY=SU"), normalised; blank or absent means the maintenance happens once. */
const recurrence = z
  .string({ error: "recurrence must be an RRULE such as FREQ=WEEKLY;BYDAY=SU" })
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === "") return undefined;
    const parsed = parseRecurrenceRule(text);
    if (parsed.ok) return parsed.rule;
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  });

const autoFlag = (field: string) => z.boolean({ error: `${field} must be true or false` }).default(true);

/** Said when a window names no component and the admin did not confirm that none is affected. */
export const NO_COMPONENTS_ERROR = "No components chosen: choose the components under maintenance, or confirm that it affects none";

const windowFields = {
  name,
  scheduledFor: isoDateTime("scheduledFor"),
  scheduledUntil: isoDateTime("scheduledUntil"),
  componentIds,
  autoStart: autoFlag("autoStart"),
  autoComplete: autoFlag("autoComplete"),
  /** The admin's confirmation that the window really affects no component. */
  noComponents: z
    .boolean({ error: "noComponents must be true or false" })
    .default(false)
    .describe("true to schedule a window that affects no component; without it an empty componentIds is refused"),
};

/** The window must end after it starts; checked whenever both dates parsed, so it shows beside other errors. */
function withValidWindow<T extends z.ZodType<{ scheduledFor: Date; scheduledUntil: Date }>>(schema: T) {
  return schema.refine((value) => value.scheduledUntil.getTime() > value.scheduledFor.getTime(), {
    path: ["scheduledUntil"],
    error: "scheduledUntil must be after scheduledFor",
    when: (payload) => !payload.issues.some((issue) => ["scheduledFor", "scheduledUntil"].includes(String(issue.path?.[0]))),
  });
}

/**
 * A window with no component is refused unless confirmed: nothing would show "under maintenance", so an empty list
 * is far more often a forgotten tick than a choice. Checked beside the other errors, naming componentIds.
 */
function withComponentsOrConfirmed<T extends z.ZodType<{ componentIds: string[]; noComponents: boolean }>>(schema: T) {
  return schema.refine((value) => value.componentIds.length > 0 || value.noComponents, {
    path: ["componentIds"],
    error: NO_COMPONENTS_ERROR,
    when: (payload) => !payload.issues.some((issue) => ["componentIds", "noComponents"].includes(String(issue.path?.[0]))),
  });
}

/** Occurrences must not overlap (checked in UTC here; the scheduler expands in the page's zone). */
function withRepeatableWindow<T extends z.ZodType<{ scheduledFor: Date; scheduledUntil: Date; recurrence?: string }>>(schema: T) {
  return schema.refine(
    (v) =>
      !v.recurrence ||
      !overlappingOccurrences({
        rule: v.recurrence,
        firstStart: v.scheduledFor,
        durationMs: v.scheduledUntil.getTime() - v.scheduledFor.getTime(),
        timeZone: "UTC",
      }),
    {
      path: ["recurrence"],
      error: "recurrence repeats before the maintenance ends: make the window shorter or the rule less frequent",
      when: (payload) =>
        !payload.issues.some((issue) => ["scheduledFor", "scheduledUntil", "recurrence"].includes(String(issue.path?.[0]))),
    },
  );
}

// Translations keyed by language then field, as for incidents: { "de": { "name": "…", "message": "…" } }.
const translatedMessage = translatedMarkdown(MAINTENANCE_MESSAGE_MAX_BYTES, "64 KiB");
const translatedWindowName = translatedName(MAINTENANCE_NAME_MAX_CHARS);

export const createMaintenanceInput = withComponentsOrConfirmed(
  withRepeatableWindow(
    withValidWindow(
      z.object({
        ...windowFields,
        recurrence,
        message,
        translations: textTranslationsSchema({ name: translatedWindowName, message: translatedMessage }).optional(),
      }),
    ),
  ),
);

export const editMaintenanceInput = withComponentsOrConfirmed(
  withValidWindow(
    z.object({
      ...windowFields,
      expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
      /** Absent: the translations stay as they are; present: they are replaced. */
      translations: textTranslationsSchema({ name: translatedWindowName }).optional(),
    }),
  ),
);

export const addMaintenanceUpdateInput = z.object({
  status: z.enum(MaintenanceStatus, { error: `status must be one of ${Object.values(MaintenanceStatus).join(", ")}` }),
  message,
  expectedUpdatedAt: isoDateTime("expectedUpdatedAt").optional(),
  translations: textTranslationsSchema({ message: translatedMessage }).optional(),
});

export type CreateMaintenanceInput = z.infer<typeof createMaintenanceInput>;
export type EditMaintenanceInput = z.infer<typeof editMaintenanceInput>;
export type AddMaintenanceUpdateInput = z.infer<typeof addMaintenanceUpdateInput>;
