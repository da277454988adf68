import { selectedComponentIds } from "../incidents/form-input";

// The integration and rule forms' fields as the domain schemas' input (lib/integrations/schema.ts).

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export function integrationFormInput(form: FormData) {
  return {
    name: text(form, "name"),
    kind: text(form, "kind"),
    mapping: text(form, "mapping"),
    componentScope: selectedComponentIds(form),
    rateLimitPerMinute: text(form, "rateLimitPerMinute") || undefined,
    maxBodyBytes: text(form, "maxBodyBytes") || undefined,
    holdDownSeconds: text(form, "holdDownSeconds") || undefined,
  };
}

export function alertRuleFormInput(form: FormData) {
  return {
    matchers: text(form, "matchers"),
    target: text(form, "target"),
    status: text(form, "status"),
    action: text(form, "action"),
    position: text(form, "position") || undefined,
  };
}
