import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { Words } from "./describe";
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

const wordsIn = async (locale: Locale): Promise<Words> => ({ t: await translatorFor(locale), locale, written: "en" });
let words: Words;
beforeAll(async () => {
  words = await wordsIn("en");
});

describe("notification rendering", () => {
  it("keeps a Discord message within Discord's 2000-character limit", () => {
    const body = JSON.parse(
      renderWebhookBody(
        incident("x".repeat(5000)) as Exclude<NotificationPayload, { event: "subscription.confirm" }>,
        "discord",
        ctx,
        words,
      ),
    );
    expect(body.content).toHaveLength(2000);
    expect(body.content.startsWith("**[Acme] API <down>: Identified**")).toBe(true);
  });

  it("passes no broadcast mention from incident text to Slack or Discord", () => {
    const payload = incident("Paging <!channel> <!here> @everyone @here <@U123> and @channel") as Exclude<
      NotificationPayload,
      { event: "subscription.confirm" }
    >;
    const slack = JSON.parse(renderWebhookBody(payload, "slack", ctx, words)).text as string;
    expect(slack).not.toMatch(/<!channel>|<!here>|<@U123>|@everyone|@here|@channel/);
    expect(slack).toContain("&lt;!channel&gt;");
    expect(slack).toContain("[Acme] *API &lt;down&gt;: Identified*");

    const discord = JSON.parse(renderWebhookBody(payload, "discord", ctx, words));
    expect(discord.content).not.toMatch(/@everyone|@here|<@U123>/);
    expect(discord.content).toContain("@\u200beveryone");
    expect(discord.allowed_mentions).toEqual({ parse: [] });
  });

  it("shows an update's markdown as escaped text in the HTML part, never as markup", () => {
    const mail = renderEmail(incident('<img src=x onerror="alert(1)"> **bold**'), "Acme", "UTC", links, words);
    expect(mail.subject).toBe("[Acme] API <down>: Identified");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; **bold**");
    expect(mail.text).toContain("API: Operational → Major outage");
    expect(mail.text).toContain("Unsubscribe: https://status.acme.test/subscribe/unsubscribe?token=t");
  });
});

describe("notifications in the subscriber's language", () => {
  const translated: NotificationPayload = {
    event: "incident.updated",
    incident: { id: "i1", name: "API down", nameTranslations: { de: "API ausgefallen" }, status: "identified", impact: "major" },
    update: {
      id: "u1",
      status: "identified",
      body: "We found the cause.",
      bodyTranslations: { de: "Wir haben die Ursache gefunden." },
      displayAt: "2026-11-24T12:00:00.000Z",
    },
    components: [{ id: "c1", name: "API", status: "partial_outage", oldStatus: "operational" }],
  };

  it("writes a German subscriber's mail in German with the translated name and update", async () => {
    const mail = renderEmail(translated, "Acme", "UTC", links, await wordsIn("de"));
    expect(mail.subject).toBe("[Acme] API ausgefallen: Ursache erkannt");
    expect(mail.text).toContain("Wir haben die Ursache gefunden.");
    expect(mail.text).toContain("API: Betriebsbereit → Teilweiser Ausfall");
    expect(mail.text).toContain("https://status.acme.test/incidents/i1?lang=de");
    expect(mail.html).toContain('<html lang="de">');
  });

  it("gives a Japanese subscriber Japanese words around the original text when nothing was translated into Japanese", async () => {
    const mail = renderEmail(translated, "Acme", "UTC", links, await wordsIn("ja"));
    expect(mail.text).toContain("We found the cause.");
    expect(mail.subject).toContain("API down");
    expect(mail.text).not.toContain("Details:");
  });

  it("keeps Beacon's webhook JSON free of language: originals only, no translations", async () => {
    const document = JSON.parse(
      renderWebhookBody(translated as Exclude<NotificationPayload, { event: "subscription.confirm" }>, "beacon", ctx, await wordsIn("de")),
    );
    expect(document.incident.name).toBe("API down");
    expect(document.update.body).toBe("We found the cause.");
    expect(JSON.stringify(document)).not.toMatch(/Translations|ausgefallen/);
  });
});
