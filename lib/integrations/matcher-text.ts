import { anchoredRegex, type Matcher, type MatcherOp } from "./match-rule";

// Matchers as Prometheus writes them: `service="backend-api", severity=~"critical|page"`.

const MATCHER = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/;

export type MatchersParse = { ok: true; matchers: Matcher[] } | { ok: false; message: string };

export function parseMatcherText(text: string): MatchersParse {
  const matchers: Matcher[] = [];
  let rest = text.trim().replace(/^\{|\}$/g, "");
  while (rest.trim().length > 0) {
    const match = MATCHER.exec(rest);
    if (!match)
      return {
        ok: false,
        message: `Matchers must read like service="backend-api", severity=~"critical|page" (near: ${rest.trim().slice(0, 40)})`,
      };
    const value = match[3].replace(/\\(.)/g, "$1");
    const op = match[2] as MatcherOp;
    if ((op === "=~" || op === "!~") && !anchoredRegex(value))
      return { ok: false, message: `${match[1]}: "${value}" is not a valid regular expression` };
    matchers.push({ name: match[1], op, value });
    rest = rest.slice(match[0].length);
  }
  if (matchers.length === 0) return { ok: false, message: "A rule needs at least one matcher" };
  if (matchers.length > 20) return { ok: false, message: "A rule has at most 20 matchers" };
  return { ok: true, matchers };
}

export function formatMatchers(matchers: Matcher[]): string {
  return matchers.map((m) => `${m.name}${m.op}"${m.value.replace(/["\\]/g, "\\$&")}"`).join(", ");
}
