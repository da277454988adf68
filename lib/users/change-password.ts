import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import type { ServiceContext } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import { changePasswordInput } from "./schema";

/** Changes the signed-in admin's own password (better-auth checks the current one), ends their other sessions, audits. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  userId: string,
  rawInput: unknown,
  requestHeaders: Headers,
): Promise<MutationResult<null>> {
  const parsed = changePasswordInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const auth = await getAuth();
  try {
    await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: requestHeaders });
  } catch (error) {
    if (isStoreUnavailable(error)) throw error;
    return fieldInvalid("currentPassword", "The current password is not correct");
  }
  const prisma = await getPrisma();
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actor: ctx.actor, action: "user.password.change", entityType: "user", entityId: userId, before: null, after: null }),
  );
  return succeeded(null);
}
