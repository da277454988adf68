import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setComponentStatus } from "@/lib/components/set-status";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { createMaintenance } from "@/lib/maintenance/create";
import { sendTestMessage } from "@/lib/subscriptions/send-test";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { startFakeTelegram } from "@/lib/testing/fake-telegram";
import { alice, componentId, dataOf, PUBLIC_URL, resetSubscriptions, WEBHOOK_ONLY_DEPS } from "@/lib/testing/notification-fixture";
import { startWebhookReceiver } from "@/lib/testing/receivers";
import { processDueDeliveries } from "./process";

const BOT = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const CHAT = "-1001234567890";
const ZWSP = "\u200b";
// Mentions every platform would act on, in the incident's own text.
const NAME = "Checkout down @everyone <!channel> <users/all> & <b>";
const MESSAGE = "Ping @here @channel @all <at>Ops</at> — we are on it.";

describe.each(DATABASE_KINDS)("chat and push channels on %s", (kind) => {
  let dispose: () => Promise<void>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let telegram: Awaited<ReturnType<typeof startFakeTelegram>>;
  let deps: typeof WEBHOOK_ONLY_DEPS & { telegramApiUrl: string };
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date()));
    receiver = await startWebhookReceiver();
    telegram = await startFakeTelegram({ bots: [BOT], chats: [CHAT] });
    deps = { ...WEBHOOK_ONLY_DEPS, telegramApiUrl: telegram.apiUrl };
  });
  afterAll(async () => {
    await setComponentStatus(alice, "backend-api", { status: "operational" });
    await Promise.all([receiver.close(), telegram.close()]);
    await dispose();
  });
  beforeEach(async () => {
    receiver.reset();
    telegram.reset();
    await setComponentStatus(alice, "backend-api", { status: "operational" });
    await resetSubscriptions();
  });

  const join = (input: Record<string, unknown>) => subscribe(input, { emailEnabled: true, webhookTargets: deps.webhookTargets });

  async function openIncident() {
    const api = await componentId("backend-api");
    const created = dataOf(
      await createIncident(
        { actor: alice },
        { name: NAME, impact: "major", message: MESSAGE, componentStatuses: [{ componentId: api, status: "partial_outage" }] },
      ),
    );
    return { ...created, link: `${PUBLIC_URL}/incidents/${created.incident.id}` };
  }
  it("Teams gets a Workflows message with one Adaptive Card: title, impact, status, components, link, no mention", async () => {
    const subscribed = dataOf(await join({ channel: "teams", channelUrl: `${receiver.url}?sig=teams-secret-sig` }));
    const { link } = await openIncident();
    expect(await processDueDeliveries(deps)).toMatchObject({ delivered: 1 });
    const [hook] = receiver.received;
    expect(hook.path).toBe("/hook?sig=teams-secret-sig");
    expect(hook.headers["content-type"]).toBe("application/json");
    const message = JSON.parse(hook.body);
    expect(message).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard", version: "1.4" } }],
    });
    expect(message.attachments).toHaveLength(1);
    const card = message.attachments[0].content;
    expect(card.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
    expect(card.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextBlock", weight: "Bolder", text: expect.stringContaining("New incident: Checkout down") }),
        {
          type: "FactSet",
          facts: [
            { title: "Impact", value: "Major" },
            { title: "Status", value: "Investigating" },
          ],
        },
        expect.objectContaining({ type: "TextBlock", text: expect.stringContaining("Backend API: Operational → Partial outage") }),
      ]),
    );
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "View on the status page", url: link }]);
    const text = JSON.stringify(card.body);
    expect(text).not.toMatch(/@(everyone|here|channel)|<at>/);
    expect(text).toContain(`@${ZWSP}here`);

    // The keyed URL is sealed; admins see the host only.
    if (subscribed.channel !== "chat") throw new Error("expected a chat subscription");
    const row = await (await getPrisma()).subscriber.findUniqueOrThrow({ where: { id: subscribed.subscriberId } });
    expect(row.channelConfigEncrypted).not.toContain("teams-secret-sig");
    expect(row.channelLabel).toBe(`Microsoft Teams ${new URL(receiver.url).protocol}//${new URL(receiver.url).host}/••••`);
    expect(subscribed).toMatchObject({ channel: "chat", label: row.channelLabel });
  });

  it("Google Chat gets `text` and a cardsV2 card, with `<users/all>` broken", async () => {
    await join({ channel: "google_chat", channelUrl: `${receiver.url}?key=k&token=t` });
    const { link } = await openIncident();
    await processDueDeliveries(deps);
    const message = JSON.parse(receiver.received[0].body);
    expect(message.text).toContain("*New incident: Checkout down");
    expect(message.text).toContain(`<${ZWSP}users/all>`);
    expect(message.text).not.toMatch(/<users\/all>|@(everyone|here|channel)\b/);
    expect(message.cardsV2).toHaveLength(1);
    const { cardId, card } = message.cardsV2[0];
    expect(cardId).toBe("beacon-notice");
    expect(card.header).toMatchObject({ title: expect.stringContaining("New incident"), subtitle: expect.any(String) });
    const widgets = card.sections[0].widgets;
    expect(widgets).toEqual(
      expect.arrayContaining([
        { decoratedText: { topLabel: "Impact", text: "Major" } },
        { decoratedText: { topLabel: "Status", text: "Investigating" } },
        { textParagraph: { text: expect.stringContaining("&lt;at&gt;Ops&lt;/at&gt;") } },
        { buttonList: { buttons: [{ text: "View on the status page", onClick: { openLink: { url: link } } }] } },
      ]),
    );
  });

  it("Mattermost gets text and an attachment with fields, `@channel` and `@all` shown as words", async () => {
    await join({ channel: "mattermost", channelUrl: `${receiver.url}/xyzhookkey` });
    const { link } = await openIncident();
    await processDueDeliveries(deps);
    const message = JSON.parse(receiver.received[0].body);
    expect(message.text).toContain("New incident: Checkout down");
    expect(message.attachments).toEqual([
      {
        fallback: expect.any(String),
        color: "#dc2626",
        title: expect.stringContaining("New incident"),
        title_link: link,
        text: expect.stringContaining("- Backend API: Operational → Partial outage"),
        fields: [
          { short: true, title: "Impact", value: "Major" },
          { short: true, title: "Status", value: "Investigating" },
        ],
      },
    ]);
    expect(JSON.stringify(message)).not.toMatch(/@(everyone|here|channel|all)\b/);
  });

  it("ntfy gets a JSON publish to the server root with its token, priority, tags and click link", async () => {
    const base = receiver.url.replace(/\/hook$/, "");
    await join({ channel: "ntfy", ntfyServer: base, ntfyTopic: "acme-status_42", ntfyToken: "tk_secret123" });
    const { link } = await openIncident();
    await processDueDeliveries(deps);
    const [hook] = receiver.received;
    expect(hook.path).toBe("/");
    expect(hook.headers.authorization).toBe("Bearer tk_secret123");
    expect(JSON.parse(hook.body)).toEqual({
      topic: "acme-status_42",
      title: expect.stringContaining("New incident: Checkout down"),
      message: expect.stringContaining("Impact: Major\nStatus: Investigating"),
      priority: 5,
      tags: ["rotating_light"],
      click: link,
    });
    const row = await (await getPrisma()).subscriber.findFirstOrThrow();
    expect(`${row.channelLabel} ${row.channelConfigEncrypted}`).not.toMatch(/tk_secret123|acme-status_42/);
  });

  it("Telegram's Bot API accepts the HTML message: escaped, mentions broken, link at the end", async () => {
    await join({ channel: "telegram", telegramBotToken: BOT, telegramChatId: CHAT });
    const { link } = await openIncident();
    expect(await processDueDeliveries(deps)).toMatchObject({ delivered: 1 });
    expect(telegram.sent).toHaveLength(1);
    const [sent] = telegram.sent;
    expect(sent).toMatchObject({ botToken: BOT, chat_id: CHAT, parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    expect(sent.text).toMatch(/^<b>New incident: Checkout down @\u200beveryone &lt;!channel&gt; &lt;users\/all&gt; &amp; &lt;b&gt;<\/b>/);
    expect(sent.text).toContain("<b>Impact:</b> Major");
    expect(sent.text).toContain(`@${ZWSP}here`);
    expect(sent.text.endsWith(`<a href="${link}">View on the status page</a>`)).toBe(true);
    const row = await (await getPrisma()).subscriber.findFirstOrThrow();
    expect(row.channelLabel).toBe(`Telegram chat ${CHAT} · bot 123456789:••••`);
    expect(row.channelConfigEncrypted).not.toContain(BOT.split(":")[1]);
  });

  it("a refused answer (an unknown Telegram bot, a 500 from Teams) is retried with backoff, not lost", async () => {
    await join({ channel: "telegram", telegramBotToken: "987654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", telegramChatId: CHAT });
    await join({ channel: "teams", channelUrl: receiver.url });
    receiver.answerWith(500);
    await openIncident();
    const now = new Date(Date.now() + 1000);
    expect(await processDueDeliveries(deps, { now: () => now })).toMatchObject({ claimed: 2, delivered: 0, failedAttempts: 2 });
    const rows = await (await getPrisma()).notificationDelivery.findMany();
    expect(rows.map((r) => r.state)).toEqual(["pending", "pending"]);
    expect(rows.map((r) => r.lastError).sort()).toEqual(["webhook answered HTTP 401", "webhook answered HTTP 500"]);
    expect(rows.every((r) => r.nextAttemptAt > now)).toBe(true);
    // Nothing in the error names the bot's token.
    expect(JSON.stringify(rows)).not.toContain("AAAAAAAA");
    const later = new Date(now.getTime() + 3_600_000);
    expect(await processDueDeliveries(deps, { now: () => later })).toMatchObject({ claimed: 2, delivered: 1 });
  });

  it("a chat subscriber to one component hears nothing about another", async () => {
    await join({ channel: "mattermost", channelUrl: receiver.url, componentIds: [await componentId("frontend")] });
    dataOf(await setComponentStatus(alice, "backend-api", { status: "degraded_performance" }));
    dataOf(await setComponentStatus(alice, "frontend", { status: "degraded_performance" }));
    await processDueDeliveries(deps);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0].body).text).toContain("Frontend is now degraded performance");
    for (const slug of ["frontend", "backend-api"]) dataOf(await setComponentStatus(alice, slug, { status: "operational" }));
  });

  it("a maintenance notice carries its window to ntfy and Telegram", async () => {
    await join({ channel: "ntfy", ntfyServer: receiver.url.replace(/\/hook$/, ""), ntfyTopic: "maint" });
    await join({ channel: "telegram", telegramBotToken: BOT, telegramChatId: CHAT });
    const start = new Date("2031-03-04T10:00:00Z");
    dataOf(
      await createMaintenance(
        { actor: alice },
        {
          name: "DB upgrade",
          message: "Upgrading.",
          componentIds: [await componentId("backend-api")],
          scheduledFor: start.toISOString(),
          scheduledUntil: new Date(start.getTime() + 3_600_000).toISOString(),
        },
      ),
    );
    expect(await processDueDeliveries(deps)).toMatchObject({ delivered: 2 });
    const ntfy = JSON.parse(receiver.received[0].body);
    expect(ntfy).toMatchObject({ title: expect.stringContaining("Scheduled maintenance: DB upgrade"), priority: 3, tags: ["warning"] });
    expect(ntfy.message).toMatch(/Status: Scheduled\nWindow: 4 Mar 2031, \d\d:00 \S+ – 4 Mar 2031/);
    expect(telegram.sent[0].text).toContain("<b>Window:</b> 4 Mar 2031");
    await (await getPrisma()).scheduledMaintenance.deleteMany({ where: { name: "DB upgrade" } });
  });

  it("an admin's test message reaches the channel through the outbox, and is audited", async () => {
    const subscribed = dataOf(await join({ channel: "teams", channelUrl: receiver.url }));
    if (subscribed.channel !== "chat") throw new Error("expected a chat subscription");
    dataOf(await sendTestMessage(alice, subscribed.subscriberId));
    expect(await processDueDeliveries(deps)).toMatchObject({ delivered: 1 });
    const card = JSON.parse(receiver.received[0].body).attachments[0].content;
    expect(JSON.stringify(card.body)).toContain("Test message");
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({
      where: { action: "subscriber.test", entityId: subscribed.subscriberId },
    });
    expect(audit).toMatchObject({ actorId: alice.id, entityType: "subscriber", after: { channel: "teams" } });
    expect((await sendTestMessage(alice, "nope")).ok).toBe(false);
  });

  it("bad settings are refused naming the field, and nothing is stored", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: "teams", channelUrl: "ftp://x.example" }, "channelUrl"],
      [{ channel: "google_chat", channelUrl: "http://169.254.169.254/latest" }, "channelUrl"],
      [{ channel: "ntfy", ntfyTopic: "has space" }, "ntfyTopic"],
      [{ channel: "ntfy", ntfyServer: "not a url", ntfyTopic: "ok" }, "ntfyServer"],
      [{ channel: "telegram", telegramBotToken: "nope", telegramChatId: CHAT }, "telegramBotToken"],
      [{ channel: "telegram", telegramBotToken: BOT, telegramChatId: "chat" }, "telegramChatId"],
    ];
    for (const [input, field] of cases) {
      const result = await join(input);
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(Object.keys(result.error.fields ?? {}), JSON.stringify(input)).toContain(field);
    }
    expect(await (await getPrisma()).subscriber.count()).toBe(0);
  });
});
