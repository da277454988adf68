import { describe, expect, it } from "vitest";
import { renderEmail } from "./email-message";
import type { NotificationPayload } from "./payload";
import { renderWebhookBody } from "./webhook-body";

const ctx = {
  deliveryId: "d1",
  createdAt: new Date("2026-11-24T12:00:00Z"),
  page: { id: "page", name: "Acme", url: "https://status.acme.test" },
};
const incident = (body: string): NotificationPayload => ({
  event: "incident.updated",
  incident: { id: "i1", name: "API <down>", status: "identified", impact: "major" },
  update: { id: "u1", status: "identified", body, displayAt: "2026-11-24T12:00:00.000Z" },
  components: [{ id: "c1", name: "API", status: "major_outage", oldStatus: "operational" }],
});
const links = {
  baseUrl: "https://status.acme.test",
  manageUrl: "https://status.acme.test/subscribe/manage?token=t",
  unsubscribeUrl: "https://status.acme.test/subscribe/unsubscribe?token=t",
};

describe("notification rendering", () => {
  it("keeps a Discord message within Discord's 2000-character limit", () => {
    const body = JSON.parse(
      renderWebhookBody(incident("x".repeat(5000)) as Exclude<NotificationPayload, { event: "subscription.confirm" }>, "discord", ctx),
    );
    expect(body.content).toHaveLength(2000);
    expect(body.content.startsWith("**[Acme] API <down>: Identified**")).toBe(true);
  });

  it("passes no broadcast mention from incident text to Slack or Discord", () => {
    const payload = incident("Paging <!channel> <!here> @everyone @here <@U123> and @channel") as Exclude<
      NotificationPayload,
      { event: "subscription.confirm" }
    >;
    const slack = JSON.parse(renderWebhookBody(payload, "slack", ctx)).text as string;
    expect(slack).not.toMatch(/<!channel>|<!here>|<@U123>|@everyone|@here|@channel/);
    expect(slack).toContain("&lt;!channel&gt;");
    expect(slack).toContain("[Acme] *API &lt;down&gt;: Identified*");

    const discord = JSON.parse(renderWebhookBody(payload, "discord", ctx));
    expect(discord.content).not.toMatch(/@everyone|@here|<@U123>/);
    expect(discord.content).toContain("@\u200beveryone");
    expect(discord.allowed_mentions).toEqual({ parse: [] });
  });

  it("shows an update's markdown as escaped text in the HTML part, never as markup", () => {
    const mail = renderEmail(incident('<img src=x onerror="alert(1)"> **bold**'), "Acme", "UTC", links);
    expect(mail.subject).toBe("[Acme] API <down>: Identified");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; **bold**");
    expect(mail.text).toContain("API: Operational → Major outage");
    expect(mail.text).toContain("Unsubscribe: https://status.acme.test/subscribe/unsubscribe?token=t");
  });
});
