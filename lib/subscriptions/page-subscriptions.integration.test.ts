import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/boot";
import { createIncident } from "@/lib/incidents/create";
import { processDueDeliveries } from "@/lib/notifications/process";
import { createPage } from "@/lib/pages/write-pages";
import { confirmSubscription } from "@/lib/subscriptions/confirm";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useMailDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, componentId, dataOf, PUBLIC_URL } from "@/lib/testing/notification-fixture";
import type { CaughtMail } from "@/lib/testing/receivers";
import { findManagedSubscription, updateSubscriptionScope } from "./manage";

// Subscribers per page (issue 15): a subscriber of a page hears only of what that page shows, and every link of
// its mails leads to that page's address: /p/<slug> on the main address, or the page's canonical domain.

const OPTIONS = { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } };
const tokenLink = (text: string, base: string, path: string) =>
  text.match(new RegExp(`${base.replace(/[.]/g, "\\.")}${path}\\?token=[A-Za-z0-9_-]+`))?.[0];
const rawHeader = (mail: CaughtMail, key: string) => mail.parsed.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "");

describe.each(DATABASE_KINDS)("subscribers of a page on %s", (kind) => {
  const harness = useMailDeliveryHarness(kind);
  const pages = { customers: "", partners: "" };
  let shared = "";
  let internal = "";

  beforeAll(async () => {
    shared = await componentId("backend-api");
    internal = await componentId("mcp-server");
    const customers = dataOf(await createPage(alice, { name: "Customers status", slug: "customers", componentIds: [shared] }));
    const partners = dataOf(
      await createPage(alice, {
        name: "Partner status",
        slug: "partners",
        componentIds: [shared],
        domains: ["status.partner.test"],
        canonicalDomain: "status.partner.test",
      }),
    );
    pages.customers = customers.id;
    pages.partners = partners.id;
  });

  /** Subscribes on the page, opens the confirmation link its mail carries; returns that mail. */
  async function subscribeOnPage(email: string, pageId: string | undefined, base: string) {
    dataOf(await subscribe({ channel: "email", email }, { ...OPTIONS, pageId }));
    await processDueDeliveries(harness.deps);
    const mail = harness.smtp.mails.at(-1)!;
    const confirmUrl = tokenLink(mail.parsed.text ?? "", base, "/subscribe/confirm");
    expect(confirmUrl, `a confirmation link at ${base}`).toBeDefined();
    dataOf(await confirmSubscription(new URL(confirmUrl!).searchParams.get("token")));
    return mail;
  }

  const openIncident = async (name: string, componentIds: string[]) =>
    dataOf(
      await createIncident(
        { actor: alice },
        {
          name,
          impact: "major",
          message: "Looking into it.",
          componentStatuses: componentIds.map((id) => ({ componentId: id, status: "major_outage" })),
        },
      ),
    ).incident;

  it("a subscriber of the customers page gets mail for an incident on a shared component, not for one on an internal one", async () => {
    const base = `${PUBLIC_URL}/p/customers`;
    const confirmation = await subscribeOnPage("customer@example.com", pages.customers, base);
    expect(confirmation.parsed.subject).toBe("Confirm your subscription to Customers status");
    expect(confirmation.parsed.from?.value).toEqual([{ name: "Customers status", address: "status@example.com" }]);
    await subscribeOnPage("staff@example.com", undefined, PUBLIC_URL); // the default page shows everything
    const before = harness.smtp.mails.length;

    await openIncident("MCP Server down", [internal]);
    await processDueDeliveries(harness.deps);
    expect(harness.smtp.mails.slice(before).map((m) => m.envelopeTo)).toEqual([["staff@example.com"]]);

    const both = await openIncident("API and MCP down", [shared, internal]);
    await processDueDeliveries(harness.deps);
    const mails = harness.smtp.mails.slice(before + 1);
    expect(mails.map((m) => m.envelopeTo).sort()).toEqual([["customer@example.com"], ["staff@example.com"]]);
    const mail = mails.find((m) => m.envelopeTo[0] === "customer@example.com")!;
    const text = mail.parsed.text ?? "";
    expect(mail.parsed.subject).toBe("[Customers status] New incident: API and MCP down");
    expect(text).toContain(`${base}/incidents/${both.id}`);
    expect(text).toContain("Backend API: Operational → Major outage");
    expect(text).not.toContain("MCP Server"); // the customers page does not show it: its mail does not name it
    expect(mail.parsed.html).toContain(`${base}/incidents/${both.id}`);
    expect(tokenLink(text, base, "/subscribe/manage")).toBeDefined();
    expect(tokenLink(text, base, "/subscribe/unsubscribe")).toBeDefined();
    expect(rawHeader(mail, "list-unsubscribe")).toMatch(new RegExp(`^<${base}/api/subscriptions/unsubscribe\\?token=`));

    const staffMail = mails.find((m) => m.envelopeTo[0] === "staff@example.com")!;
    expect(staffMail.parsed.text).toContain(`${PUBLIC_URL}/incidents/${both.id}`); // the default page: links unchanged
    expect(staffMail.parsed.text).toContain("MCP Server");
  });

  it("links of a page with a canonical domain point at that domain", async () => {
    await subscribeOnPage("partner@example.com", pages.partners, "https://status.partner.test");
    await openIncident("API slow for partners", [shared]);
    await processDueDeliveries(harness.deps);
    const text = harness.smtp.mails.at(-1)!.parsed.text ?? "";
    expect(text).toMatch(/https:\/\/status\.partner\.test\/incidents\//);
    expect(tokenLink(text, "https://status.partner.test", "/subscribe/manage")).toBeDefined();
  });

  it("one address may follow two pages; each subscription keeps its page", async () => {
    await subscribeOnPage("both@example.com", undefined, PUBLIC_URL);
    const mail = await subscribeOnPage("both@example.com", pages.customers, `${PUBLIC_URL}/p/customers`);
    const rows = await (await getPrisma()).subscriber.findMany({ where: { email: "both@example.com" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.pageId)).toEqual([null, pages.customers]);
    const token = new URL(tokenLink(mail.parsed.text ?? "", `${PUBLIC_URL}/p/customers`, "/subscribe/manage")!).searchParams.get("token");
    expect(await findManagedSubscription(token)).toMatchObject({ pageId: pages.customers, email: "both@example.com" });
  });

  it("a page's subscriber chooses among that page's components only", async () => {
    const refused = await subscribe(
      { channel: "email", email: "picky@example.com", componentIds: [internal] },
      { ...OPTIONS, pageId: pages.customers },
    );
    expect(refused).toMatchObject({ ok: false, error: { fields: { "componentIds.0": [expect.stringContaining("does not show")] } } });
    const mail = await subscribeOnPage("picky@example.com", pages.customers, `${PUBLIC_URL}/p/customers`);
    const token = new URL(tokenLink(mail.parsed.text ?? "", `${PUBLIC_URL}/p/customers`, "/subscribe/manage")!).searchParams.get("token");
    expect((await updateSubscriptionScope(token, { componentIds: [internal] })).ok).toBe(false);
    expect((await updateSubscriptionScope(token, { componentIds: [shared] })).ok).toBe(true);
  });
});
