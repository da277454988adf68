// A page form's fields as the page input (lib/pages/schema.ts): one place for the admin form's field names.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The ids of the checked boxes named `<prefix>:<id>`. */
const checked = (form: FormData, prefix: string) =>
  [...form.keys()].filter((key) => key.startsWith(`${prefix}:`)).map((key) => key.slice(prefix.length + 1));

export function pageInputOfForm(form: FormData) {
  return {
    name: text(form, "name"),
    slug: text(form, "slug"),
    timeZone: text(form, "timeZone"),
    description: text(form, "description"),
    logoUrl: text(form, "logoUrl"),
    accentColor: text(form, "accentColor"),
    defaultLanguage: text(form, "defaultLanguage"),
    followBrowserLanguage: form.get("followBrowserLanguage") === "on",
    domains: (text(form, "domains") ?? "")
      .split(/[\s,]+/)
      .map((domain) => domain.trim())
      .filter(Boolean),
    canonicalDomain: text(form, "canonicalDomain"),
    showAllComponents: form.get("showAllComponents") === "on",
    componentIds: checked(form, "component"),
    groupIds: checked(form, "group"),
    incidentIds: checked(form, "incident"),
  };
}
