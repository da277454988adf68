"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { TwoFactorSetup } from "@/lib/users/two-factor";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

/** Set up but not yet confirmed with a code: what the authenticator app needs, shown this once. */

type ServerState = FormState<TwoFactorSetup | undefined, undefined>;
/** The server's answer, plus the setup still being confirmed (a wrong code keeps the QR code on screen). */
type TwoFactorState = { answer: ServerState; setup?: TwoFactorSetup };

/** Turns two-factor sign-in on (password, then scan the QR code and enter a code) or off (password). */
export function TwoFactorForm({ enabled, change }: { enabled: boolean; change: FormAction<TwoFactorSetup | undefined, undefined> }) {
  const [{ answer, setup }, action, pending] = useActionState<TwoFactorState, FormData>(
    async (previous, form) => {
      const next = await change(previous.answer, form);
      return { answer: next, setup: next.ok ? next.data : previous.setup };
    },
    { answer: {} },
  );
  const isOn = enabled;
  // A refusal's message is said beside its field; the alert is for the rest (an outage, a role).
  const state = { ...answer, error: answer.fieldErrors ? undefined : answer.error };

  if (setup) {
    return (
      <form action={action} className="max-w-md space-y-4">
        <input type="hidden" name="intent" value="confirm" />
        <FormAlert message={state.error} />
        <p className="text-sm">Scan this code with your authenticator app, then enter the 6-digit code it shows.</p>
        {/* biome-ignore lint/performance/noImgElement: a data: URL made on the server, nothing for next/image to optimise */}
        <img
          src={setup.qrDataUrl}
          alt="QR code of the authenticator setup link"
          width={192}
          height={192}
          className="rounded bg-white p-2"
        />
        <p className="break-all text-xs text-zinc-600 dark:text-zinc-400">
          Or add it by hand:{" "}
          <a href={setup.otpauthUri} data-testid="otpauth-uri" className="text-sky-700 underline dark:text-sky-400">
            {setup.otpauthUri}
          </a>
        </p>
        <div>
          <p className="text-sm font-medium">Backup codes (each works once, if you lose the app; keep them somewhere safe)</p>
          <ul className="mt-1 grid grid-cols-2 gap-1 font-mono text-sm" aria-label="Backup codes">
            {setup.backupCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </div>
        <div>
          <label htmlFor="code" className="block text-sm font-medium">
            Code from the app
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            className={inputClass}
            aria-describedby="code-error"
          />
          <FieldError id="code-error" errors={state.fieldErrors?.code} />
        </div>
        <PrimaryButton pending={pending}>Turn on two-factor sign-in</PrimaryButton>
      </form>
    );
  }

  return (
    <form action={action} className="max-w-md space-y-4">
      <input type="hidden" name="intent" value={isOn ? "disable" : "start"} />
      <FormAlert message={state.error} />
      <p role="status" className="text-sm">
        {isOn
          ? "Two-factor sign-in is on: signing in asks for a code from your authenticator app."
          : "Two-factor sign-in is off. Turn it on to ask for a code from an authenticator app after your password."}
      </p>
      <div>
        <label htmlFor="twoFactorPassword" className="block text-sm font-medium">
          Your password
        </label>
        <input
          id="twoFactorPassword"
          name="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-describedby="twoFactorPassword-error"
        />
        <FieldError id="twoFactorPassword-error" errors={state.fieldErrors?.password} />
      </div>
      <PrimaryButton pending={pending}>{isOn ? "Turn off two-factor sign-in" : "Set up two-factor sign-in"}</PrimaryButton>
    </form>
  );
}
