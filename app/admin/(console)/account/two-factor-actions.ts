"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { type AdminSession, actorOf, requireAdmin } from "@/lib/auth/session";
import { otpauthQrDataUrl } from "@/lib/auth/two-factor";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";

export type TwoFactorState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  /** Set up but not yet confirmed with a code: what the authenticator app needs, shown this once. */
  setup?: { otpauthUri: string; qrDataUrl: string; backupCodes: string[] };
  /** The account's state after the last step. */
  enabled?: boolean;
};

async function audit(session: AdminSession, action: "user.two_factor.enable" | "user.two_factor.disable") {
  const prisma = await getPrisma();
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actor: actorOf(session), action, entityType: "user", entityId: session.userId, before: null, after: null }),
  );
}

const field = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/**
 * Two-factor sign-in for the signed-in admin, in steps named by the form's `intent`: `start` (password → secret,
 * QR code and backup codes), `confirm` (a code from the app turns it on), `disable` (password turns it off).
 */
export const changeTwoFactor = answeringStoreOutage(
  async function changeTwoFactor(previous: TwoFactorState, form: FormData): Promise<TwoFactorState> {
    const session = await requireAdmin();
    const auth = await getAuth();
    const requestHeaders = await headers();
    const intent = field(form, "intent");
    const attempt = async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work();
      } catch (error) {
        if (isStoreUnavailable(error)) throw error;
        return null;
      }
    };

    if (intent === "confirm") {
      const code = field(form, "code").replace(/\s+/g, "");
      if (!/^\d{6}$/.test(code)) return { ...previous, fieldErrors: { code: ["Enter the 6-digit code from your authenticator app"] } };
      const verified = await attempt(() => auth.api.verifyTOTP({ body: { code }, headers: requestHeaders }));
      if (!verified)
        return { ...previous, fieldErrors: { code: ["That code is not correct; check the app's clock and try the next code"] } };
      await audit(session, "user.two_factor.enable");
      // better-auth replaced the session (its cookie is set on this answer): reload the page under the new one.
      redirect("/admin/account");
    }

    const password = String(form.get("password") ?? "");
    if (!password) return { enabled: intent === "disable", fieldErrors: { password: ["Enter your password"] } };
    if (intent === "disable") {
      const disabled = await attempt(() => auth.api.disableTwoFactor({ body: { password }, headers: requestHeaders }));
      if (!disabled) return { enabled: true, fieldErrors: { password: ["The password is not correct"] } };
      await audit(session, "user.two_factor.disable");
      redirect("/admin/account");
    }
    const started = await attempt(() => auth.api.enableTwoFactor({ body: { password }, headers: requestHeaders }));
    if (!started || !("totpURI" in started) || !started.totpURI) {
      return { enabled: false, fieldErrors: { password: ["The password is not correct"] } };
    }
    const backupCodes = "backupCodes" in started ? (started.backupCodes ?? []) : [];
    return { setup: { otpauthUri: started.totpURI, qrDataUrl: await otpauthQrDataUrl(started.totpURI), backupCodes } };
  },
  () => undefined,
); // passwords and codes are never sent back
