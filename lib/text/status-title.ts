/**
 * "Acme status page", but "CapLiquify Status page": a page named "… Status" does not get the word twice.
 * `what` is the thing named ("page", "history").
 */
export function statusTitle(pageName: string, what: string): string {
  const name = pageName.trim();
  return /\bstatus$/i.test(name) ? `${name} ${what}` : `${name} status ${what}`;
}
