// The create-token form's fields as the domain schema's input (lib/api-tokens/schema.ts), and as the typed values kept.

export function createTokenFormInput(form: FormData) {
  const name = form.get("name");
  return {
    name: typeof name === "string" ? name : "",
    scopes: form.getAll("scopes").filter((scope): scope is string => typeof scope === "string"),
  };
}
