"use client";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import type { FormAction, FormState } from "@/lib/admin-actions/form-state";
import type { PageAccessRule } from "@/lib/page-access/access-rule";
import { FormAlert } from "./form-alert";
import { inputClass, PrimaryButton } from "./form-controls";

/** The access rule as an owner edits it: the lists and provider as stored, secrets only as "set" or null. */
export type PageAccessSettings = Pick<
  PageAccessRule,
  "cidrs" | "allowedEmails" | "allowedDomains" | "oidcIssuer" | "oidcClientId" | "oidcGroupClaim" | "oidcGroup"
> & {
  kind: string;
  password: string | null;
  oidcClientSecret: string | null;
  readToken: string | null;
};

const KINDS = [
  ["public", "Public: anyone may read"],
  ["password", "Password: one shared password"],
  ["email", "Email link: allowed addresses get a sign-in link"],
  ["ip", "IP allowlist: only these networks"],
  ["oidc", "Single sign-on (OpenID Connect)"],
] as const;

/** Who may read the page; secrets are write-only (blank keeps the stored one). */
export function PageAccessForm({
  save,
  rotate,
  access,
}: {
  save: FormAction;
  rotate: FormAction<{ token: string }>;
  access: PageAccessSettings | null;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const [tokenState, rotateAction, rotating] = useActionState<FormState<{ token: string }>, FormData>(rotate, {});
  const v = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const [kind, setKind] = useState(v.kind ?? access?.kind ?? "public");
  const list = (name: "cidrs" | "allowedEmails" | "allowedDomains") => v[name] ?? (access?.[name] ?? []).join("\n");
  const text = (name: "oidcIssuer" | "oidcClientId" | "oidcGroupClaim" | "oidcGroup") => v[name] ?? access?.[name] ?? "";
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" aria-label="Who may read the page">
        <FormAlert message={state.error} />
        {state.ok && (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            Saved. Readers signed in before sign in again.
          </p>
        )}
        <fieldset>
          <legend className="text-sm font-medium">Who may read the page</legend>
          {KINDS.map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {kind === "password" && (
          <Field
            id="access-password"
            label="Password"
            hint={access?.password ? "Blank keeps the current password." : "At least 8 characters."}
            errors={errors.password}
          >
            <input id="access-password" name="password" type="password" autoComplete="new-password" className={inputClass} />
          </Field>
        )}
        {kind === "ip" && (
          <Field
            id="access-cidrs"
            label="Allowed networks"
            hint="One CIDR or address a line (10.0.0.0/8, 2001:db8::/32). Behind a proxy, set BEACON_TRUSTED_PROXIES."
            errors={errors.cidrs}
          >
            <textarea id="access-cidrs" name="cidrs" rows={3} defaultValue={list("cidrs")} className={inputClass} />
          </Field>
        )}
        {(kind === "email" || kind === "oidc") && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="access-allowedEmails" label="Allowed addresses" hint="One a line." errors={errors.allowedEmails}>
              <textarea
                id="access-allowedEmails"
                name="allowedEmails"
                rows={3}
                defaultValue={list("allowedEmails")}
                className={inputClass}
              />
            </Field>
            <Field
              id="access-allowedDomains"
              label="Allowed domains"
              hint={kind === "oidc" ? "Optional: only these email domains." : "Anyone at these domains (acme.com)."}
              errors={errors.allowedDomains}
            >
              <textarea
                id="access-allowedDomains"
                name="allowedDomains"
                rows={3}
                defaultValue={list("allowedDomains")}
                className={inputClass}
              />
            </Field>
          </div>
        )}
        {kind === "oidc" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="access-oidcIssuer" label="Issuer URL" errors={errors.oidcIssuer}>
              <input id="access-oidcIssuer" name="oidcIssuer" type="url" defaultValue={text("oidcIssuer")} className={inputClass} />
            </Field>
            <Field id="access-oidcClientId" label="Client id" errors={errors.oidcClientId}>
              <input id="access-oidcClientId" name="oidcClientId" defaultValue={text("oidcClientId")} className={inputClass} />
            </Field>
            <Field
              id="access-oidcClientSecret"
              label="Client secret"
              hint={access?.oidcClientSecret ? "Blank keeps the current secret (kept sealed)." : "Kept sealed."}
              errors={errors.oidcClientSecret}
            >
              <input id="access-oidcClientSecret" name="oidcClientSecret" type="password" autoComplete="off" className={inputClass} />
            </Field>
            <Field id="access-oidcGroupClaim" label="Group claim (optional)" hint="groups" errors={errors.oidcGroupClaim}>
              <input id="access-oidcGroupClaim" name="oidcGroupClaim" defaultValue={text("oidcGroupClaim")} className={inputClass} />
            </Field>
            <Field id="access-oidcGroup" label="Required group (optional)" errors={errors.oidcGroup}>
              <input id="access-oidcGroup" name="oidcGroup" defaultValue={text("oidcGroup")} className={inputClass} />
            </Field>
          </div>
        )}
        <PrimaryButton pending={pending}>Save access</PrimaryButton>
      </form>
      <form action={rotateAction} className="space-y-2" aria-label="Read token">
        <p className="text-sm">
          Badges, feeds and the API of a private page also answer with <code>?token=</code> and the page&apos;s read token.
          {access?.readToken ? " A token is set; a new one ends it." : " No token is set."}
        </p>
        <FormAlert message={tokenState.error} />
        {tokenState.ok && (
          <p role="status" className="text-sm">
            New read token (shown once):{" "}
            <input readOnly aria-label="Read token" value={tokenState.data.token} className={`${inputClass} font-mono`} />
          </p>
        )}
        <PrimaryButton pending={rotating}>{access?.readToken ? "Rotate the read token" : "Create a read token"}</PrimaryButton>
      </form>
    </div>
  );
}
