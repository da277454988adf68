import { z } from "zod";
import { API_SCOPES } from "./scopes";

// What an owner sends to create an API token; the tokens page and tests parse with it.

export const API_TOKEN_NAME_MAX_CHARS = 100;

export const createApiTokenInput = z.object({
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" })
    .max(API_TOKEN_NAME_MAX_CHARS, { error: `name must be at most ${API_TOKEN_NAME_MAX_CHARS} characters` }),
  scopes: z
    .array(z.enum(API_SCOPES, { error: `scopes must be among ${API_SCOPES.join(", ")}` }), { error: "scopes must be a list" })
    .min(1, { error: "Choose at least one scope" })
    .transform((scopes) => [...new Set(scopes)]),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;
