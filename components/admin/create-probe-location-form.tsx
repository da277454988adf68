"use client";
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";
import { NewApiTokenNotice } from "./new-api-token-notice";

type CreatedLocation = { id: string; name: string; plaintext: string };
type TypedLocation = { name: string };

/** Adds a probe location and shows its token (scope `probe`) this once. */
export function CreateProbeLocationForm({ create }: { create: FormAction<CreatedLocation, TypedLocation> }) {
  const [state, action, pending] = useActionState<FormState<CreatedLocation, TypedLocation>, FormData>(create, {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      {state.data && <NewApiTokenNotice name={`probe ${state.data.name}`} plaintext={state.data.plaintext} />}
      <form action={action} className="space-y-5" key={`${state.data?.id ?? ""}:${state.values?.name ?? ""}`}>
        <FormAlert message={state.error} />
        <div>
          <label htmlFor="location-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="location-name"
            name="name"
            defaultValue={state.values?.name}
            className={inputClass}
            placeholder="eu-west"
            aria-describedby="location-name-error"
          />
          <FieldError id="location-name-error" errors={errors.name} />
        </div>
        <PrimaryButton pending={pending}>Add location</PrimaryButton>
      </form>
    </div>
  );
}
