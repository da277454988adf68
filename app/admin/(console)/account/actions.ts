"use server";
import { headers } from "next/headers";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { fieldInvalid, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";
import { changePasswordInput } from "@/lib/users/schema";

/** Changes the signed-in admin's password and ends their other sessions. */
export const changePassword = adminAction({
  permission: "account.edit",
  // Passwords are never sent back.
  keep: () => undefined,
  run: async ({ session, actor, form }) => {
    const parsed = changePasswordInput.safeParse({ currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    if (!parsed.success) return validationFailed(parsed.error);
    const auth = await getAuth();
    try {
      await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
    } catch (error) {
      if (isStoreUnavailable(error)) throw error;
      return fieldInvalid("currentPassword", "The current password is not correct");
    }
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actor, action: "user.password.change", entityType: "user", entityId: session.userId, before: null, after: null }),
    );
    return succeeded(null);
  },
});
