"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { SignInState } from "@/components/admin/sign-in-form";
import { getAuth } from "@/lib/auth/auth";
import { checkSignInThrottle, clearSignInFailures, recordFailedSignIn } from "@/lib/auth/sign-in-throttle";
import { requestClientAddress } from "@/lib/net/request-client-address";

const signInInput = z.object({
  email: z.string().trim().email("Enter the email address of your admin account"),
  password: z.string().min(1, "Enter your password"),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInInput.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { email, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const requestHeaders = await headers();
  const ip = requestClientAddress(requestHeaders);
  const verdict = await checkSignInThrottle(parsed.data.email, ip);
  if (!verdict.allowed) {
    return { email, error: `Too many failed sign-ins. Try again in ${verdict.retryAfterSeconds} s.` };
  }
  const auth = await getAuth();
  let answer: Awaited<ReturnType<typeof auth.api.signInEmail>>;
  try {
    answer = await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    await recordFailedSignIn(parsed.data.email, ip);
    // The same words whether or not the account exists.
    return { email, error: "Email or password is incorrect." };
  }
  // better-auth answers with a pending-code cookie instead of a session when the account has two-factor on.
  if ("twoFactorRedirect" in answer && answer.twoFactorRedirect) return { email: parsed.data.email, twoFactor: true };
  await clearSignInFailures(parsed.data.email, ip);
  redirect("/admin");
}

const codeInput = z.object({ code: z.string().trim().min(1, "Enter the code from your authenticator app") });

/** The second step: a code from the authenticator app (or one of the backup codes) finishes the sign-in. */
export async function verifySignInCode(previous: SignInState, form: FormData): Promise<SignInState> {
  const email = previous.email ?? "";
  const parsed = codeInput.safeParse({ code: form.get("code") });
  if (!parsed.success) return { ...previous, error: undefined, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const requestHeaders = await headers();
  const ip = requestClientAddress(requestHeaders);
  const verdict = await checkSignInThrottle(email, ip);
  if (!verdict.allowed) return { email, twoFactor: true, error: `Too many failed sign-ins. Try again in ${verdict.retryAfterSeconds} s.` };
  const auth = await getAuth();
  const code = parsed.data.code.replace(/\s+/g, "");
  try {
    if (/^\d{6}$/.test(code)) await auth.api.verifyTOTP({ body: { code }, headers: requestHeaders });
    else await auth.api.verifyBackupCode({ body: { code }, headers: requestHeaders });
  } catch {
    await recordFailedSignIn(email, ip);
    return { email, twoFactor: true, error: "That code is not correct, or the sign-in took too long. Try again." };
  }
  await clearSignInFailures(email, ip);
  redirect("/admin");
}

export async function signOut() {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/login");
}
