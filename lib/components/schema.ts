import { z } from "zod";
import { ComponentStatus } from "@/lib/generated/prisma/enums";

// What an admin or a script may send about a component: the admin forms, the API and tests all parse with these.

export const COMPONENT_NAME_MAX_CHARS = 100;
export const COMPONENT_DESCRIPTION_MAX_CHARS = 500;

const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "name is required" })
  .max(COMPONENT_NAME_MAX_CHARS, { error: `name must be at most ${COMPONENT_NAME_MAX_CHARS} characters` });

// A blank description clears it.
const description = z
  .string({ error: "description must be text" })
  .trim()
  .max(COMPONENT_DESCRIPTION_MAX_CHARS, { error: `description must be at most ${COMPONENT_DESCRIPTION_MAX_CHARS} characters` })
  .nullable()
  .transform((text) => text || null);

// A blank group means "not in a group".
const groupId = z
  .string({ error: "groupId must be a component group's id" })
  .nullable()
  .transform((id) => id || null);

const showcase = z.boolean({ error: "showcase must be true or false" });

export const createComponentInput = z.object({
  name,
  description: description.optional(),
  groupId: groupId.optional(),
  showcase: showcase.default(true),
  /** Uptime counts from here; days before it show as "no data". Defaults to now. */
  startDate: z.iso
    .datetime({ offset: true, error: "startDate must be an ISO 8601 date and time, e.g. 2026-11-24T00:00:00Z" })
    .transform((text) => new Date(text))
    .optional(),
});
export type CreateComponentInput = z.output<typeof createComponentInput>;

export const updateComponentInput = z
  .object({
    name: name.optional(),
    description: description.optional(),
    groupId: groupId.optional(),
    showcase: showcase.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), {
    error: "Nothing to change: send name, description, groupId or showcase",
  });
export type UpdateComponentInput = z.output<typeof updateComponentInput>;

export const moveInput = z.object({
  direction: z.enum(["up", "down"], { error: "direction must be up or down" }),
});

// Setting a component's status by hand (admin or a health script).

export const COMPONENT_STATUS_REASON_MAX_CHARS = 500;

export const setComponentStatusInput = z.object({
  status: z.enum(ComponentStatus, { error: `status must be one of ${Object.values(ComponentStatus).join(", ")}` }),
  reason: z
    .string({ error: "reason must be text" })
    .trim()
    .max(COMPONENT_STATUS_REASON_MAX_CHARS, { error: `reason must be at most ${COMPONENT_STATUS_REASON_MAX_CHARS} characters` })
    .optional(),
});

export type SetComponentStatusInput = z.infer<typeof setComponentStatusInput>;
