import "server-only";
import { fieldInvalid, type MutationFailure } from "@/lib/core/result";
import { Prisma } from "@/lib/generated/prisma/client";

// Template names are unique so the "Start from a template" list reads unambiguously.

export function nameTaken(): MutationFailure {
  return fieldInvalid("name", "A template with this name already exists");
}

/** Two saves of one name at the same moment both pass the check; the unique index stops the second. */
export function isNameConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
