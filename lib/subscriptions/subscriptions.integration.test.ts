import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { hashSubscriptionToken } from "@/lib/notifications/subscriber-token";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { alice, componentId, dataOf, groupIdOf, resetSubscriptions, subscribeWebhook } from "@/lib/testing/notification-fixture";
import { confirmSubscription } from "./confirm";
import { findManagedSubscription, unsubscribe, updateSubscriptionScope } from "./manage";
import { listSubscribers } from "./queries";
import { removeSubscriber } from "./remove";
import { subscribe } from "./subscribe";
import { SUBSCRIBES_PER_TARGET, takeSubscribeAttempt } from "./throttle";

describe.each(DATABASE_KINDS)("subscriptions on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, new Date())));
  afterAll(() => dispose());
  beforeEach(() => resetSubscriptions());

  it("names the field of an unknown component or group, and refuses email when SMTP is off", async () => {
    const unknownComponent = await subscribe(
      { channel: "email", email: "a@example.com", componentIds: ["nope"] },
      { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } },
    );
    expect(unknownComponent).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { "componentIds.0": ["componentIds names no component"] } },
    });
    const unknownGroup = await subscribe(
      { channel: "webhook", webhookUrl: "https://x.example/h", groupIds: ["nope"] },
      { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } },
    );
    expect(unknownGroup).toMatchObject({ ok: false, error: { fields: { "groupIds.0": ["groupIds names no component group"] } } });
    const noSmtp = await subscribe(
      { channel: "email", email: "a@example.com" },
      { emailEnabled: false, webhookTargets: { allowPrivateNetworks: false } },
    );
    expect(noSmtp).toMatchObject({ ok: false, error: { fields: { channel: ["Email subscriptions are not available on this page"] } } });
    expect(await (await getPrisma()).subscriber.count()).toBe(0);
  });

  it("refuses a webhook to cloud metadata or a private address when it is submitted, naming the field", async () => {
    const policy = { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } };
    const metadata = await subscribe({ channel: "webhook", webhookUrl: "http://169.254.169.254/latest" }, policy);
    expect(metadata).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { webhookUrl: [expect.stringContaining("link-local (cloud metadata)")] } },
    });
    const internal = await subscribe({ channel: "webhook", webhookUrl: "http://10.0.0.5/hook" }, policy);
    expect(internal).toMatchObject({ ok: false, error: { fields: { webhookUrl: [expect.stringContaining("private address")] } } });
    expect(await (await getPrisma()).subscriber.count()).toBe(0);
    // A page that allows private networks (as for monitors) accepts the internal receiver, never the metadata service.
    const allowed = { emailEnabled: true, webhookTargets: { allowPrivateNetworks: true } };
    expect(await subscribe({ channel: "webhook", webhookUrl: "http://10.0.0.5/hook" }, allowed)).toMatchObject({ ok: true });
    expect(await subscribe({ channel: "webhook", webhookUrl: "http://169.254.169.254/latest" }, allowed)).toMatchObject({ ok: false });
  });

  it("keeps only hashes of tokens and the webhook secret sealed, never in plaintext", async () => {
    const { signingSecret, manageToken, subscriberId } = await subscribeWebhook("https://hooks.example.com/beacon");
    expect(signingSecret).toMatch(/^whsec_/);
    const prisma = await getPrisma();
    const row = await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriberId } });
    expect(row.confirmedAt).not.toBeNull(); // a webhook is active at once
    expect(row.webhookSecretEncrypted).toMatch(/^v1\./);
    expect(row.webhookSecretEncrypted).not.toContain(signingSecret.slice(6));
    const tokens = await prisma.subscriberToken.findMany({ where: { subscriberId } });
    expect(tokens.map((t) => t.tokenHash)).toEqual([hashSubscriptionToken(manageToken)]);
  });

  it("a manage link shows the subscription, changes its scope and unsubscribes; then it stops working", async () => {
    const { manageToken } = await subscribeWebhook("https://hooks.example.com/m");
    expect(await findManagedSubscription(manageToken)).toMatchObject({
      channel: "webhook",
      webhookUrl: "https://hooks.example.com/m",
      componentIds: [],
      confirmed: true,
    });
    const api = await componentId("backend-api");
    const group = await groupIdOf("xero");
    expect(dataOf(await updateSubscriptionScope(manageToken, { componentIds: [api], groupIds: [group] }))).toEqual({
      componentIds: [api],
      groupIds: [group],
    });
    expect((await updateSubscriptionScope("x".repeat(43), {})).ok).toBe(false);
    expect(dataOf(await unsubscribe(manageToken))).toEqual({ unsubscribed: true });
    expect(await findManagedSubscription(manageToken)).toBeNull();
    expect(await (await getPrisma()).subscriber.count()).toBe(0);
  });

  it("a confirmation link that expired or was never issued confirms nothing", async () => {
    dataOf(
      await subscribe(
        { channel: "email", email: "late@example.com" },
        { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } },
      ),
    );
    expect(await confirmSubscription("not-a-token")).toMatchObject({ ok: false, error: { code: "not_found" } });
    const prisma = await getPrisma();
    const subscriber = await prisma.subscriber.findFirstOrThrow({ where: { email: "late@example.com" } });
    const token = "a".repeat(43);
    await prisma.subscriberToken.create({
      data: {
        tokenHash: hashSubscriptionToken(token),
        subscriberId: subscriber.id,
        purpose: "confirm",
        expiresAt: new Date(Date.now() - 1),
      },
    });
    expect((await confirmSubscription(token)).ok).toBe(false);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).confirmedAt).toBeNull();
  });

  it("admins search subscribers and remove one, recorded in the audit log", async () => {
    await subscribeWebhook("https://hooks.example.com/keep");
    const { subscriberId } = await subscribeWebhook("https://hooks.example.com/remove-me", {
      componentIds: [await componentId("frontend")],
    });
    const found = await listSubscribers({ search: "REMOVE" });
    expect(found).toEqual([
      expect.objectContaining({ id: subscriberId, channel: "webhook", target: "https://hooks.example.com/remove-me", scope: "Frontend" }),
    ]);
    dataOf(await removeSubscriber(alice, subscriberId));
    expect((await listSubscribers()).map((s) => s.target)).toEqual(["https://hooks.example.com/keep"]);
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({ where: { action: "subscriber.delete", entityId: subscriberId } });
    expect(audit.before).not.toHaveProperty("webhookSecretEncrypted");
    expect((await removeSubscriber(alice, subscriberId)).ok).toBe(false);
  });

  it("limits how often one address can be sent a confirmation", async () => {
    for (let i = 0; i < SUBSCRIBES_PER_TARGET; i += 1)
      expect(await takeSubscribeAttempt("203.0.113.9", "x@example.com")).toEqual({ allowed: true });
    const refused = await takeSubscribeAttempt("203.0.113.10", "X@example.com");
    expect(refused).toMatchObject({ allowed: false });
    expect(await takeSubscribeAttempt("203.0.113.10", "y@example.com")).toEqual({ allowed: true });
  });
});
