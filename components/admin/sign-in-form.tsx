"use client";
import { useActionState } from "react";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";

/** What the sign-in actions answer: why not, and the email typed (never the password). */
export type SignInState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
  /** The password was right and the account has two-factor sign-in: ask for the code next. */
  twoFactor?: boolean;
};

type SignInAction = (previous: SignInState, form: FormData) => Promise<SignInState>;

export function SignInForm({ signIn, verifySignInCode }: { signIn: SignInAction; verifySignInCode: SignInAction }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  if (state.twoFactor) return <SignInCodeForm started={state} verifySignInCode={verifySignInCode} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={inputClass}
          aria-describedby="email-error"
        />
        <FieldError id="email-error" errors={state.fieldErrors?.email} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby="password-error"
        />
        <FieldError id="password-error" errors={state.fieldErrors?.password} />
      </div>
      <PrimaryButton pending={pending} className="w-full">
        Sign in
      </PrimaryButton>
    </form>
  );
}

/** The second step for an account with two-factor sign-in: the code from the authenticator app. */
function SignInCodeForm({ started, verifySignInCode }: { started: SignInState; verifySignInCode: SignInAction }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(verifySignInCode, started);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="code" className="block text-sm font-medium">
          Authentication code
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          className={inputClass}
          aria-describedby="code-help code-error"
        />
        <p id="code-help" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          The 6-digit code from your authenticator app, or one of your backup codes.
        </p>
        <FieldError id="code-error" errors={state.fieldErrors?.code} />
      </div>
      <PrimaryButton pending={pending} className="w-full">
        Verify
      </PrimaryButton>
    </form>
  );
}
