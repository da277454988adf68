import { z } from "zod";

// What an admin may send about a component group: the admin forms, the API and tests all parse with these.

export const GROUP_NAME_MAX_CHARS = 100;
export const GROUP_DESCRIPTION_MAX_CHARS = 500;

const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "name is required" })
  .max(GROUP_NAME_MAX_CHARS, { error: `name must be at most ${GROUP_NAME_MAX_CHARS} characters` });

// A blank description clears it.
const description = z
  .string({ error: "description must be text" })
  .trim()
  .max(GROUP_DESCRIPTION_MAX_CHARS, { error: `description must be at most ${GROUP_DESCRIPTION_MAX_CHARS} characters` })
  .nullable()
  .transform((text) => text || null);

export const createComponentGroupInput = z.object({ name, description: description.optional() });

/** Renaming sets the name and, when sent, the description. */
export const renameComponentGroupInput = z.object({ name, description: description.optional() });
