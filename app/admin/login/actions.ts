"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { checkSignInThrottle, clearSignInFailures, recordFailedSignIn } from "@/lib/auth/sign-in-throttle";
import { requestClientAddress } from "@/lib/net/request-client-address";

const signInInput = z.object({
  email: z.string().trim().email("Enter the email address of your admin account"),
  password: z.string().min(1, "Enter your password"),
});

export type SignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

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
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch {
    await recordFailedSignIn(parsed.data.email, ip);
    // The same words whether or not the account exists.
    return { email, error: "Email or password is incorrect." };
  }
  await clearSignInFailures(parsed.data.email, ip);
  redirect("/admin");
}

export async function signOut() {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/login");
}
