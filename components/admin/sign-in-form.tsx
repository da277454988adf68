"use client";
import { useActionState } from "react";
import { FieldError, inputClass, PrimaryButton } from "@/components/admin/form-controls";

/** What the sign-in action answers: why not, and the email typed (never the password). */
export type SignInState = { error?: string; fieldErrors?: Record<string, string[]>; email?: string };

export function SignInForm({ signIn }: { signIn: (previous: SignInState, form: FormData) => Promise<SignInState> }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
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
