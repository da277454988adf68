"use server";
import { headers } from "next/headers";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { changeOwnPassword } from "@/lib/users/change-password";

/** Changes the signed-in admin's password and ends their other sessions. */
export const changePassword = adminAction({
  permission: "account.edit",
  // Passwords are never sent back.
  keep: () => undefined,
  run: async ({ session, actor, form }) =>
    changeOwnPassword(
      { actor },
      session.userId,
      { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") },
      await headers(),
    ),
});
