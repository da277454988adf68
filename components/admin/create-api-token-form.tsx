"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { NewApiTokenNotice } from "./new-api-token-notice";

/** The new token, in plaintext this once; the typed values kept after a refusal. */
type CreatedToken = { id: string; name: string; plaintext: string };
type TypedToken = { name: string; scopes: string[] };

export interface ScopeChoice {
  value: string;
  description: string;
}

export function CreateApiTokenForm({ create, scopes }: { create: FormAction<CreatedToken, TypedToken>; scopes: ScopeChoice[] }) {
  const [state, action, pending] = useActionState<FormState<CreatedToken, TypedToken>, FormData>(create, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const scopeErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith("scopes"))
    .flatMap(([, e]) => e);
  return (
    <div className="space-y-5">
      {state.data && <NewApiTokenNotice name={state.data.name} plaintext={state.data.plaintext} />}
      <form action={action} className="space-y-5" key={`${state.data?.id ?? ""}:${JSON.stringify(v ?? {})}`}>
        <FormAlert message={state.error} />
        <div>
          <label htmlFor="token-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="token-name"
            name="name"
            defaultValue={v?.name}
            className={inputClass}
            placeholder="Deploy pipeline"
            aria-describedby="token-name-error"
          />
          <FieldError id="token-name-error" errors={errors.name} />
        </div>
        <fieldset aria-describedby="token-scopes-error">
          <legend className="text-sm font-medium">Scopes</legend>
          <div className="mt-2 space-y-2">
            {scopes.map((scope) => (
              <label key={scope.value} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope.value}
                  defaultChecked={v?.scopes.includes(scope.value)}
                  className="mt-0.5"
                />
                <span>
                  <code className="font-mono">{scope.value}</code>
                  <span className="block text-zinc-600 dark:text-zinc-400">{scope.description}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id="token-scopes-error" errors={scopeErrors} />
        </fieldset>
        <PrimaryButton pending={pending}>Create token</PrimaryButton>
      </form>
    </div>
  );
}
