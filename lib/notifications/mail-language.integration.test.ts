import { describe, expect, it } from "vitest";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { confirmSubscription } from "@/lib/subscriptions/confirm";
import { subscribe } from "@/lib/subscriptions/subscribe";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { useMailDeliveryHarness } from "@/lib/testing/delivery-harness";
import { alice, dataOf, PUBLIC_URL } from "@/lib/testing/notification-fixture";
import { processDueDeliveries } from "./process";

// Issue 21: each subscriber reads mails in the language they chose, with the admin's translation of the incident
// where there is one and the original otherwise.

const confirmLink = (text: string) => text.match(new RegExp(`${PUBLIC_URL}/subscribe/confirm\\?token=([A-Za-z0-9_-]+)`))?.[1];

describe.each(DATABASE_KINDS)("mails in the subscriber's language on %s", (kind) => {
  const harness = useMailDeliveryHarness(kind);
  const mailsTo = (address: string) => harness.smtp.mails.filter((mail) => mail.envelopeTo.includes(address));

  async function subscribeIn(email: string, locale: "de" | "ja") {
    dataOf(await subscribe({ channel: "email", email, locale }, { emailEnabled: true, webhookTargets: { allowPrivateNetworks: false } }));
    await processDueDeliveries(harness.deps);
    const confirmation = mailsTo(email).at(-1)!;
    dataOf(await confirmSubscription(confirmLink(confirmation.parsed.text ?? "")));
    return confirmation;
  }

  it("a German subscriber gets German mails with the translated update; a Japanese one the original", async () => {
    const germanConfirmation = await subscribeIn("leser@example.de", "de");
    expect(germanConfirmation.parsed.subject).toMatch(/^Bestätigen/);
    await subscribeIn("dokusha@example.jp", "ja");

    const { incident } = dataOf(
      await createIncident(
        { actor: alice },
        {
          name: "Payments failing",
          impact: "major",
          message: "We are investigating failed payments.",
          translations: { de: { name: "Zahlungen schlagen fehl", message: "Wir untersuchen fehlgeschlagene Zahlungen." } },
        },
      ),
    );
    dataOf(
      await addIncidentUpdate({ actor: alice }, incident.id, {
        status: "identified",
        message: "A certificate expired.",
        translations: { de: { message: "Ein Zertifikat ist abgelaufen." } },
      }),
    );
    await processDueDeliveries(harness.deps);

    // Deliveries go out in parallel: find each mail by what it is about, not by its place.
    const german = mailsTo("leser@example.de").slice(1);
    const opened = german.find((mail) => mail.parsed.text?.includes("Wir untersuchen"))!;
    const identified = german.find((mail) => mail.parsed.text?.includes("Zertifikat"))!;
    expect(german).toHaveLength(2);
    expect(opened.parsed.subject).toMatch(/Zahlungen schlagen fehl$/);
    expect(opened.parsed.text).toContain("Wir untersuchen fehlgeschlagene Zahlungen.");
    expect(identified.parsed.text).toContain("Ein Zertifikat ist abgelaufen.");
    expect(identified.parsed.text).not.toContain("A certificate expired.");
    expect(identified.parsed.text).toContain(`${PUBLIC_URL}/incidents/${incident.id}?lang=de`);

    const japanese = mailsTo("dokusha@example.jp").slice(1);
    expect(japanese).toHaveLength(2);
    expect(japanese.every((mail) => mail.parsed.subject?.includes("Payments failing"))).toBe(true);
    const original = japanese.find((mail) => mail.parsed.text?.includes("A certificate expired."))!;
    expect(original.parsed.text).toContain("購読"); // the frame around the original is Japanese
  });
});
