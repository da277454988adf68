import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe, GET as openUnsubscribeLink } from "@/app/api/subscriptions/unsubscribe/route";
import { getPrisma } from "@/lib/db/boot";
import { mintSubscriptionToken } from "@/lib/notifications/subscriber-token";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { resetSubscriptions, subscribeWebhook } from "@/lib/testing/notification-fixture";
import { confirmSubscription, findPendingConfirmation } from "./confirm";
import { findManagedSubscription } from "./manage";

// Links in mails: they lead to the page's public URL, and opening one (as mail scanners do) changes nothing.

const now = new Date("2026-11-24T12:00:00Z");
const INTERNAL = "http://localhost:41234"; // what request.url says behind the front server

describe.each(DATABASE_KINDS)("links in mails on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());
  afterEach(async () => {
    delete process.env.BEACON_PUBLIC_URL;
    await resetSubscriptions();
  });

  it("the List-Unsubscribe URL opened in a browser redirects to the ask-first page on the public URL", async () => {
    process.env.BEACON_PUBLIC_URL = "https://status.acme.test";
    const answer = await openUnsubscribeLink(new Request(`${INTERNAL}/api/subscriptions/unsubscribe?token=abc`));
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("https://status.acme.test/subscribe/unsubscribe?token=abc");

    delete process.env.BEACON_PUBLIC_URL; // then the page settings' URL
    const fallback = await openUnsubscribeLink(new Request(`${INTERNAL}/api/subscriptions/unsubscribe?token=abc`));
    expect(fallback.headers.get("location")).toBe("http://localhost:3000/subscribe/unsubscribe?token=abc");
  });

  it("opening the unsubscribe link changes nothing; the RFC 8058 one-click POST unsubscribes", async () => {
    const { manageToken } = await subscribeWebhook("https://hooks.example.com/one-click");
    await openUnsubscribeLink(new Request(`${INTERNAL}/api/subscriptions/unsubscribe?token=${manageToken}`));
    expect(await findManagedSubscription(manageToken)).not.toBeNull();
    const posted = await oneClickUnsubscribe(
      new Request(`${INTERNAL}/api/subscriptions/unsubscribe?token=${manageToken}`, { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(posted.status).toBe(200);
    expect(await findManagedSubscription(manageToken)).toBeNull();
  });

  it("reading a confirmation link confirms nothing; confirming (the page's POST) does, once", async () => {
    const prisma = await getPrisma();
    const subscriber = await prisma.subscriber.create({ data: { channel: "email", email: "reader@example.com" } });
    const token = await mintSubscriptionToken(prisma, subscriber.id, "confirm", now);

    for (let scan = 0; scan < 3; scan++)
      expect(await findPendingConfirmation(token, now)).toEqual({ email: "reader@example.com", pageId: "page" });
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).confirmedAt).toBeNull();

    expect(await confirmSubscription(token, now)).toMatchObject({ ok: true, data: { email: "reader@example.com" } });
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).confirmedAt).toEqual(now);
    expect(await findPendingConfirmation(token, now)).toBeNull();
  });
});
