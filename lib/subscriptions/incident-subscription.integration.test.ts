import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { deleteIncident } from "@/lib/incidents/delete";
import { processDueDeliveries } from "@/lib/notifications/process";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useMailDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, dataOf, PUBLIC_URL } from "@/lib/testing/notification-fixture";
import { confirmSubscription } from "./confirm";
import { subscribe } from "./subscribe";

const options = { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } };
const confirmLink = (text: string) => text.match(new RegExp(`${PUBLIC_URL}/subscribe/confirm\\?token=([A-Za-z0-9_-]+)`))?.[1];

describe.each(DATABASE_KINDS)("subscribing to one incident on %s", (kind) => {
  const harness = useMailDeliveryHarness(kind);

  const open = async (name: string) =>
    dataOf(await createIncident({ actor: alice }, { name, impact: "minor", message: `${name}: looking.` })).incident;
  const post = async (incidentId: string, status: string, message: string) =>
    dataOf(await addIncidentUpdate({ actor: alice }, incidentId, { status, message }));
  /** Subscribes the address to the incident, and confirms it through the link in the mail. */
  async function follow(email: string, incidentId: string) {
    dataOf(await subscribe({ channel: "email", email, incidentId }, options));
    await processDueDeliveries(harness.deps);
    dataOf(await confirmSubscription(confirmLink(harness.smtp.mails.at(-1)?.parsed.text ?? "") ?? null));
    harness.smtp.mails.length = 0;
  }
  const subjects = () => harness.smtp.mails.map((m) => `${m.envelopeTo.join(",")}: ${m.parsed.subject}`);

  it("a follower gets that incident's updates up to its resolution, and nothing about other incidents", async () => {
    const followed = await open("Checkout errors");
    await follow("follower@example.com", followed.id);
    const other = await open("Search slow");
    await post(other.id, "identified", "Index rebuild.");
    await post(followed.id, "identified", "A bad deploy.");
    await post(followed.id, "resolved", "Rolled back.");
    await processDueDeliveries(harness.deps);

    const mails = harness.smtp.mails.filter((m) => m.envelopeTo.includes("follower@example.com"));
    expect(mails.map((m) => m.parsed.text ?? "").every((text) => text.includes("Checkout errors"))).toBe(true);
    expect(mails.some((m) => (m.parsed.text ?? "").includes("Search slow"))).toBe(false);
    expect(mails.map((m) => m.parsed.text ?? "").join("\n")).toContain("A bad deploy.");
    expect(mails.map((m) => m.parsed.text ?? "").join("\n")).toContain("Rolled back.");
    expect(mails).toHaveLength(2);

    // Resolved: the subscription has ended, so a reopening reaches nobody who only followed it.
    harness.smtp.mails.length = 0;
    await post(followed.id, "investigating", "Back again.");
    await processDueDeliveries(harness.deps);
    expect(subjects()).toEqual([]);
  });

  it("one address can follow an incident and keep its page-wide subscription, each once", async () => {
    const incident = await open("Login failing");
    dataOf(await subscribe({ channel: "email", email: "both@example.com" }, options));
    await processDueDeliveries(harness.deps);
    dataOf(await confirmSubscription(confirmLink(harness.smtp.mails.at(-1)?.parsed.text ?? "") ?? null));
    await follow("both@example.com", incident.id);
    dataOf(await subscribe({ channel: "email", email: "both@example.com", incidentId: incident.id }, options));
    const rows = await (await getPrisma()).subscriber.findMany({ where: { email: "both@example.com" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.incidentId)).toEqual([null, incident.id]);
    await deleteIncident({ actor: alice }, incident.id);
    // Deleting the incident ends its followers with it; the page-wide subscription stays.
    expect(await (await getPrisma()).subscriber.count({ where: { email: "both@example.com" } })).toBe(1);
  });

  it("refuses to follow a resolved or unknown incident, naming the field", async () => {
    const incident = await open("Brief blip");
    await post(incident.id, "resolved", "Gone.");
    expect(await subscribe({ channel: "email", email: "late@example.com", incidentId: incident.id }, options)).toMatchObject({
      ok: false,
      error: { code: "validation", fields: { incidentId: ["This incident is resolved; it will get no more updates"] } },
    });
    expect(await subscribe({ channel: "webhook", webhookUrl: "http://93.184.216.34/h", incidentId: "nope" }, options)).toMatchObject({
      ok: false,
      error: { fields: { incidentId: ["incidentId names no incident"] } },
    });
  });
});
