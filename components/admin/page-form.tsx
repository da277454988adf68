"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { PageFormChoices } from "@/lib/pages/form-choices";
import type { PageRecord } from "@/lib/pages/queries";
import { ComponentCheckboxes } from "./component-checkboxes";
import { FormAlert } from "./form-alert";
import { FieldError, inputClass, PrimaryButton } from "./form-controls";

/** Creates a page, or changes one: its look, its addresses, and which components, groups and incidents it shows. */
export function PageForm({
  save,
  page,
  choices,
  submitLabel,
}: {
  save: FormAction;
  page: PageRecord | null;
  choices: PageFormChoices;
  submitLabel: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const typed = state.values !== undefined;
  const value = (name: string, stored: string | null | undefined) => v[name] ?? stored ?? "";
  const isChecked = (prefix: string, stored: string[]) => (id: string) => (typed ? v[`${prefix}:${id}`] === "on" : stored.includes(id));
  const followBrowser = typed ? v.followBrowserLanguage === "on" : (page?.followBrowserLanguage ?? true);
  const showAll = typed ? v.showAllComponents === "on" : (page?.showAllComponents ?? false);
  return (
    <form action={action} className="space-y-5" key={JSON.stringify(v)}>
      <FormAlert message={state.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Name" errors={errors.name}>
          <input
            id="name"
            name="name"
            required
            defaultValue={value("name", page?.name)}
            className={inputClass}
            aria-describedby="name-error"
          />
        </Field>
        <Field id="slug" label="Slug" hint="The page answers under /p/<slug> on this instance's address." errors={errors.slug}>
          <input
            id="slug"
            name="slug"
            required
            defaultValue={value("slug", page?.slug)}
            className={inputClass}
            aria-describedby="slug-error"
          />
        </Field>
        <Field
          id="domains"
          label="Domains"
          hint="Host names this page answers on, one per line (no scheme, no port)."
          errors={errors.domains}
        >
          <textarea
            id="domains"
            name="domains"
            rows={2}
            defaultValue={value("domains", page?.domains.join("\n"))}
            className={inputClass}
            aria-describedby="domains-error"
          />
        </Field>
        <Field
          id="canonicalDomain"
          label="Canonical domain (optional)"
          hint="One of the domains: the one links and mails use."
          errors={errors.canonicalDomain}
        >
          <input
            id="canonicalDomain"
            name="canonicalDomain"
            defaultValue={value("canonicalDomain", page?.canonicalDomain)}
            className={inputClass}
            aria-describedby="canonicalDomain-error"
          />
        </Field>
        <Field id="timeZone" label="Time zone" errors={errors.timeZone}>
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={value("timeZone", page?.timeZone ?? "UTC")}
            className={inputClass}
            aria-describedby="timeZone-error"
          >
            {choices.timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </Field>
        <Field id="defaultLanguage" label="Default language" hint="A language tag, e.g. en or de-CH." errors={errors.defaultLanguage}>
          <input
            id="defaultLanguage"
            name="defaultLanguage"
            defaultValue={value("defaultLanguage", page?.defaultLanguage ?? "en")}
            className={inputClass}
            aria-describedby="defaultLanguage-error"
          />
        </Field>
        <Field id="logoUrl" label="Logo URL (optional)" errors={errors.logoUrl}>
          <input
            id="logoUrl"
            name="logoUrl"
            type="url"
            defaultValue={value("logoUrl", page?.logoUrl)}
            className={inputClass}
            aria-describedby="logoUrl-error"
          />
        </Field>
        <Field id="accentColor" label="Accent colour (optional)" hint="Like #0055ff." errors={errors.accentColor}>
          <input
            id="accentColor"
            name="accentColor"
            defaultValue={value("accentColor", page?.accentColor)}
            className={inputClass}
            aria-describedby="accentColor-error"
          />
        </Field>
      </div>
      <Field id="description" label="Description (optional)" errors={errors.description}>
        <textarea
          id="description"
          name="description"
          rows={2}
          defaultValue={value("description", page?.description)}
          className={inputClass}
          aria-describedby="description-error"
        />
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="followBrowserLanguage" defaultChecked={followBrowser} />
        Show readers the page in their browser&apos;s language (the default language otherwise, until they pick one)
      </label>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="showAllComponents" defaultChecked={showAll} />
        Show every component and group, present and future
      </label>
      <ComponentCheckboxes
        legend="Components shown (when not every one is)"
        components={choices.components}
        isChecked={isChecked("component", page?.componentIds ?? [])}
        errors={errors.componentIds}
        errorId="componentIds-error"
      />
      <Checkboxes
        legend="Groups shown (every component in them)"
        prefix="group"
        items={choices.groups}
        isChecked={isChecked("group", page?.groupIds ?? [])}
        errors={errors.groupIds}
      />
      <Checkboxes
        legend="Incidents without components shown here (with none picked, such an incident shows on the default page)"
        prefix="incident"
        items={choices.incidents}
        isChecked={isChecked("incident", page?.incidentIds ?? [])}
        errors={errors.incidentIds}
      />
      <PrimaryButton pending={pending}>{submitLabel}</PrimaryButton>
    </form>
  );
}

function Checkboxes({
  legend,
  prefix,
  items,
  isChecked,
  errors,
}: {
  legend: string;
  prefix: string;
  items: { id: string; name: string }[];
  isChecked: (id: string) => boolean;
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={`${prefix}Ids-error`}>
      <legend className="text-sm font-medium">{legend}</legend>
      {items.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">None.</p>}
      <div className="grid gap-2 sm:grid-cols-2">
        {items.map((item) => (
          <label key={item.id} className="flex items-center gap-2 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
            <input type="checkbox" name={`${prefix}:${item.id}`} defaultChecked={isChecked(item.id)} />
            {item.name}
          </label>
        ))}
      </div>
      <FieldError id={`${prefix}Ids-error`} errors={errors} />
    </fieldset>
  );
}
