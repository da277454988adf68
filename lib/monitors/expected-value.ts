/** An expected value is either exact text (names compared without case or a trailing dot) or a /pattern/flags. */
export function matchesExpected(value: string, expected: string): boolean {
  const pattern = /^\/(.+)\/([a-z]*)$/.exec(expected);
  if (pattern) {
    try {
      return new RegExp(pattern[1], pattern[2]).test(value);
    } catch {
      return false;
    }
  }
  const normal = (text: string) => text.trim().replace(/\.$/, "").toLowerCase();
  return normal(value) === normal(expected);
}

/** Whether a /pattern/ compiles; plain text always does. */
export function isValidExpected(expected: string): boolean {
  const pattern = /^\/(.+)\/([a-z]*)$/.exec(expected);
  if (!pattern) return true;
  try {
    new RegExp(pattern[1], pattern[2]);
    return true;
  } catch {
    return false;
  }
}
