import { describe, expect, it } from "vitest";
import { telegramHtmlProblem } from "@/lib/testing/fake-telegram";
import { telegramMessage } from "./chat-messages";
import type { Notice } from "./notice";

const notice = (body: string): Notice => ({
  pageName: "Acme & Co",
  title: "API <down>",
  facts: [{ name: "Impact", value: "Major" }],
  body,
  components: ["API: Major outage"],
  link: "https://status.example.com/incidents/1?a=1&b=2",
  linkText: "View on the status page",
  urgency: "high",
});

describe("telegramMessage", () => {
  it("a long update is cut to Telegram's 4096 characters without breaking an entity, and keeps its link", () => {
    const { text } = telegramMessage(notice("&".repeat(5000)), "1");
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(telegramHtmlProblem(text)).toBeNull();
    expect(text.endsWith('<a href="https://status.example.com/incidents/1?a=1&amp;b=2">View on the status page</a>')).toBe(true);
  });

  it("markup in the incident's text is shown, never parsed", () => {
    const { text } = telegramMessage(notice("<script>@admin</script>"), "1");
    expect(text).toContain("&lt;script&gt;@\u200badmin&lt;/script&gt;");
    expect(text).toContain("<b>API &lt;down&gt;</b>");
    expect(telegramHtmlProblem(text)).toBeNull();
  });
});
