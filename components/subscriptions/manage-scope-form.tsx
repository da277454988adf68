"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert } from "@/components/admin/form-alert";
import { PrimaryButton } from "@/components/admin/form-controls";
import type { SubscribableChoices } from "@/lib/subscriptions/queries";
import type { ScopeFormState } from "./form-state";
import { LanguageSelect } from "./language-select";
import { ScopeFieldset } from "./scope-fieldset";

export function ManageScopeForm({
  update,
  choices,
  componentIds,
  groupIds,
  locale,
}: {
  update: (previous: ScopeFormState, form: FormData) => Promise<ScopeFormState>;
  choices: SubscribableChoices;
  componentIds: string[];
  groupIds: string[];
  /** The language its messages are written in. */
  locale: string;
}) {
  const t = useTranslations("common");
  const [state, action, pending] = useActionState<ScopeFormState, FormData>(update, {});
  const scopeErrors = Object.entries(state.fieldErrors ?? {}).flatMap(([, e]) => e);
  return (
    <form action={action} className="space-y-4">
      <FormAlert message={state.error} />
      {state.saved && (
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {t("saved")}
        </p>
      )}
      <ScopeFieldset choices={choices} checkedComponents={componentIds} checkedGroups={groupIds} errors={scopeErrors} />
      <LanguageSelect defaultValue={locale} />
      <PrimaryButton pending={pending} workingLabel={t("working")}>
        {t("save")}
      </PrimaryButton>
    </form>
  );
}
