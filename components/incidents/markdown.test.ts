import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (body: string) => renderToStaticMarkup(createElement(Markdown, null, body));

describe("Markdown", () => {
  it("shows a body the same on every render, from one parse, and another body as itself", () => {
    const body = "**Identified** the cause.\n\n- [x] rolled back\n- [ ] postmortem";
    const first = html(body);
    expect(first).toContain("<strong>Identified</strong>");
    expect(first).toContain('aria-label="done"');
    expect(html(body)).toBe(first);
    expect(html("Resolved: `db-2` is back.")).toContain("<code>db-2</code>");
  });

  it("never renders raw HTML an admin typed", () => {
    expect(html("<script>alert(1)</script> fine")).not.toContain("<script>");
  });
});
