import { describe, expect, it } from "vitest";
import { formatMatchers, parseMatcherText } from "./matcher-text";

describe("matchers as Prometheus writes them", () => {
  it("reads equality, inequality and regex matchers, with or without braces", () => {
    const parsed = parseMatcherText('{service="backend-api", severity=~"critical|page", env!="dev", team!~"x.*"}');
    expect(parsed).toEqual({
      ok: true,
      matchers: [
        { name: "service", op: "=", value: "backend-api" },
        { name: "severity", op: "=~", value: "critical|page" },
        { name: "env", op: "!=", value: "dev" },
        { name: "team", op: "!~", value: "x.*" },
      ],
    });
    if (parsed.ok) expect(parseMatcherText(formatMatchers(parsed.matchers))).toEqual(parsed);
  });

  it("refuses text that is not matchers, an invalid regex, and an empty rule", () => {
    expect(parseMatcherText("service=backend").ok).toBe(false);
    expect(parseMatcherText('service=~"("').ok).toBe(false);
    expect(parseMatcherText("  ").ok).toBe(false);
  });
});
