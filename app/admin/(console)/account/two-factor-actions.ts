"use server";
import { headers } from "next/headers";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { changeOwnTwoFactor } from "@/lib/users/two-factor";

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Turns the signed-in admin's two-factor sign-in on or off, in the steps the form's `intent` names. */
export const changeTwoFactor = adminAction({
  permission: "account.edit",
  // Passwords and codes are never sent back.
  keep: () => undefined,
  run: async ({ session, actor, form }) =>
    changeOwnTwoFactor(
      { actor },
      session.userId,
      { intent: field(form, "intent"), code: field(form, "code"), password: String(form.get("password") ?? "") },
      await headers(),
    ),
  respond: (result) => (result.step === "setup" ? result.setup : undefined),
  // better-auth replaced the session (its cookie is set on this answer): reload the page under the new one.
  redirectTo: (result) => (result.step === "changed" ? "/admin/account" : undefined),
});
