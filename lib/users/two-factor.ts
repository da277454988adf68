import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { otpauthQrDataUrl } from "@/lib/auth/two-factor";
import type { ServiceContext } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, succeeded } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { isStoreUnavailable } from "@/lib/db/store-unavailable";

/** What an admin scans and keeps while turning two-factor sign-in on. */
export type TwoFactorSetup = { otpauthUri: string; qrDataUrl: string; backupCodes: string[] };

/** `setup` after the first step; `changed` once it was turned on or off (the session was replaced). */
export type TwoFactorStep = { step: "setup"; setup: TwoFactorSetup } | { step: "changed" };

export interface TwoFactorInput {
  intent: string;
  password: string;
  code: string;
}

async function audit(actor: Actor, userId: string, action: "user.two_factor.enable" | "user.two_factor.disable") {
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => recordAudit(tx, { actor, action, entityType: "user", entityId: userId, before: null, after: null }));
}

/** better-auth answers a wrong password or code by throwing; an outage still answers as an outage. */
async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (isStoreUnavailable(error)) throw error;
    return null;
  }
}

/**
 * Two-factor sign-in for the signed-in admin, in steps named by `intent`: `start` (password → secret, QR code and
 * backup codes), `confirm` (a code from the app turns it on), `disable` (password turns it off). Audited.
 */
export async function changeOwnTwoFactor(
  ctx: ServiceContext,
  userId: string,
  input: TwoFactorInput,
  requestHeaders: Headers,
): Promise<MutationResult<TwoFactorStep>> {
  const auth = await getAuth();
  if (input.intent === "confirm") {
    const code = input.code.replace(/\s+/g, "");
    if (!/^\d{6}$/.test(code)) return fieldInvalid("code", "Enter the 6-digit code from your authenticator app");
    const verified = await attempt(() => auth.api.verifyTOTP({ body: { code }, headers: requestHeaders }));
    if (!verified) return fieldInvalid("code", "That code is not correct; check the app's clock and try the next code");
    await audit(ctx.actor, userId, "user.two_factor.enable");
    return succeeded({ step: "changed" });
  }

  const { password } = input;
  if (!password) return fieldInvalid("password", "Enter your password");
  if (input.intent === "disable") {
    const disabled = await attempt(() => auth.api.disableTwoFactor({ body: { password }, headers: requestHeaders }));
    if (!disabled) return fieldInvalid("password", "The password is not correct");
    await audit(ctx.actor, userId, "user.two_factor.disable");
    return succeeded({ step: "changed" });
  }
  const started = await attempt(() => auth.api.enableTwoFactor({ body: { password }, headers: requestHeaders }));
  if (!started || !("totpURI" in started) || !started.totpURI) return fieldInvalid("password", "The password is not correct");
  const backupCodes = "backupCodes" in started ? (started.backupCodes ?? []) : [];
  return succeeded({
    step: "setup",
    setup: { otpauthUri: started.totpURI, qrDataUrl: await otpauthQrDataUrl(started.totpURI), backupCodes },
  });
}
