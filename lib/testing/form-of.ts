/** The FormData a browser posts for these fields; a list posts its name once per value (checkbox groups, selects). */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form;
}
