// What the tokens page's forms send back to the browser, and the form fields as the domain schema's input.

export type CreateTokenFormState = {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the owner typed, sent back so a failed submit loses nothing. */
  values?: { name: string; scopes: string[] };
  /** The new token, in plaintext this once; it lives only in this response. */
  created?: { id: string; name: string; plaintext: string };
};

export type RevokeTokenFormState = { error?: string };

export function createTokenFormInput(form: FormData) {
  const name = form.get("name");
  return {
    name: typeof name === "string" ? name : "",
    scopes: form.getAll("scopes").filter((scope): scope is string => typeof scope === "string"),
  };
}
