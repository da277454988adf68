import { describe, expect, it } from "vitest";
import { POST as unsubscribePost } from "@/app/api/subscriptions/unsubscribe/route";
import { getPrisma } from "@/lib/db/boot";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { confirmSubscription } from "@/lib/subscriptions/confirm";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useMailDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, componentId, dataOf, PUBLIC_URL } from "@/lib/testing/notification-fixture";
import type { CaughtMail } from "@/lib/testing/receivers";
import { processDueDeliveries } from "./process";

// mailparser turns List-* headers into objects; the raw lines are what mail clients read.
const rawHeader = (mail: CaughtMail, key: string) => mail.parsed.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "");
const linkIn = (text: string, path: string) => text.match(new RegExp(`${PUBLIC_URL}${path}\\?token=[A-Za-z0-9_-]+`))?.[0];

describe.each(DATABASE_KINDS)("email notifications on %s", (kind) => {
  const harness = useMailDeliveryHarness(kind);

  /** Subscribes, reads the confirmation mail and opens its link. */
  async function subscribeAndConfirm(email: string, scope: { componentIds?: string[] } = {}) {
    dataOf(await subscribe({ channel: "email", email, ...scope }, { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } }));
    await processDueDeliveries(harness.deps);
    const mail = harness.smtp.mails.at(-1)!;
    const confirmUrl = linkIn(mail.parsed.text ?? "", "/subscribe/confirm")!;
    dataOf(await confirmSubscription(new URL(confirmUrl).searchParams.get("token")));
    return mail;
  }

  it("a new address gets a confirmation mail, in text and HTML, and nothing else until it confirms", async () => {
    dataOf(
      await subscribe(
        { channel: "email", email: "Reader@Example.com" },
        { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } },
      ),
    );
    await processDueDeliveries(harness.deps);
    expect(harness.smtp.mails).toHaveLength(1);
    const [mail] = harness.smtp.mails;
    expect(mail.envelopeTo).toEqual(["reader@example.com"]);
    expect(mail.parsed.subject).toMatch(/^Confirm your subscription to /);
    const confirmUrl = linkIn(mail.parsed.text ?? "", "/subscribe/confirm");
    expect(confirmUrl).toBeDefined();
    expect(mail.parsed.html).toContain(confirmUrl!.replace(/&/g, "&amp;"));
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    dataOf(await createIncident({ actor: alice }, { name: "Not yet", impact: "minor", message: "Unconfirmed readers hear nothing." }));
    expect(await processDueDeliveries(harness.deps)).toMatchObject({ claimed: 0 });
    expect(harness.smtp.mails).toHaveLength(1);

    const token = new URL(confirmUrl!).searchParams.get("token");
    expect(dataOf(await confirmSubscription(token))).toEqual({ email: "reader@example.com" });
    expect((await confirmSubscription(token)).ok).toBe(false); // a confirmation link works once
  });

  it("a confirmed reader gets each update with both parts, a stable Message-ID and working unsubscribe links", async () => {
    await subscribeAndConfirm("ops@example.com");
    const api = await componentId("backend-api");
    const { incident } = dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "API <errors>",
          impact: "major",
          message: "We see **errors** on the API.",
          componentStatuses: [{ componentId: api, status: "major_outage" }],
        },
      ),
    );
    await processDueDeliveries(harness.deps);
    const mail = harness.smtp.mails.at(-1)!;
    expect(mail.envelopeTo).toEqual(["ops@example.com"]);
    expect(mail.parsed.subject).toMatch(/^\[.+\] New incident: API <errors>$/);
    expect(mail.parsed.text).toContain("We see **errors** on the API.");
    expect(mail.parsed.text).toContain("Backend API: Operational → Major outage");
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/incidents/${incident.id}`);
    expect(mail.parsed.html).toContain("API &lt;errors&gt;"); // admin text is escaped, never HTML
    expect(mail.parsed.html).toContain("Backend API: Operational → Major outage");
    const delivery = await (await getPrisma()).notificationDelivery.findFirstOrThrow({
      where: { notification: { event: "incident.created" } },
    });
    expect(mail.parsed.messageId).toBe(`<${delivery.id}@status.test>`);
    expect(linkIn(mail.parsed.text ?? "", "/subscribe/manage")).toBeDefined();

    const oneClick = String(rawHeader(mail, "list-unsubscribe")).match(/<(.+)>/)![1];
    expect(oneClick).toMatch(new RegExp(`^${PUBLIC_URL}/api/subscriptions/unsubscribe\\?token=`));
    const response = await unsubscribePost(new Request(oneClick, { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(response.status).toBe(200);
    expect(await (await getPrisma()).subscriber.count()).toBe(0);
    expect((await unsubscribePost(new Request(oneClick, { method: "POST" }))).status).toBe(404);

    dataOf(await addIncidentUpdate({ actor: alice }, incident.id, { status: "resolved", message: "Fixed." }));
    await processDueDeliveries(harness.deps);
    expect(harness.smtp.mails.at(-1)).toBe(mail); // nothing after unsubscribing
  });

  it("a reader subscribed to one component gets no mail about another", async () => {
    await subscribeAndConfirm("frontend-only@example.com", { componentIds: [await componentId("frontend")] });
    const mails = harness.smtp.mails.length;
    dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Shopify sync slow",
          impact: "minor",
          message: "Slow.",
          componentStatuses: [{ componentId: await componentId("shopify"), status: "degraded_performance" }],
        },
      ),
    );
    await processDueDeliveries(harness.deps);
    expect(harness.smtp.mails).toHaveLength(mails);
    dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Frontend slow",
          impact: "minor",
          message: "Slow pages.",
          componentStatuses: [{ componentId: await componentId("frontend"), status: "degraded_performance" }],
        },
      ),
    );
    await processDueDeliveries(harness.deps);
    expect(harness.smtp.mails.map((m) => m.parsed.subject).slice(mails)).toEqual([expect.stringContaining("New incident: Frontend slow")]);
  });

  it("subscribing again with a confirmed address sends its manage link instead of a second subscription", async () => {
    await subscribeAndConfirm("again@example.com");
    dataOf(
      await subscribe(
        { channel: "email", email: "again@example.com" },
        { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } },
      ),
    );
    await processDueDeliveries(harness.deps);
    const mail = harness.smtp.mails.at(-1)!;
    expect(mail.parsed.subject).toMatch(/^Manage your subscription to /);
    expect(linkIn(mail.parsed.text ?? "", "/subscribe/confirm")).toBeUndefined();
    expect(await (await getPrisma()).subscriber.count({ where: { email: "again@example.com" } })).toBe(1);
  });
});
