import { describe, expect, it } from "vitest";
import { statusTitleIn, translatorFor } from "./translator";

describe("translatorFor", () => {
  it("writes a German subscriber's confirmation mail and a Japanese one's status change in their language", async () => {
    const de = await translatorFor("de");
    expect(de("notifications.confirmSubject", { pageName: "Acme" })).toBe("Bestätigen Sie Ihr Abonnement für Acme");
    const ja = await translatorFor("ja");
    const from = ja("status.component.operational");
    const to = ja("status.component.major_outage");
    expect(ja("notifications.componentChanged", { component: "API", from, to })).toBe("API は 稼働中 から 重大な障害 に変わりました。");
  });

  it("names the page's status page as the English code always did, and in other languages their way", async () => {
    const en = await translatorFor("en");
    expect(statusTitleIn(en, "Acme", "page")).toBe("Acme status page");
    expect(statusTitleIn(en, "CapLiquify Status", "page")).toBe("CapLiquify Status page");
    expect(statusTitleIn(en, "acme status ", "history")).toBe("acme status history");
    expect(statusTitleIn(await translatorFor("de"), "Acme", "history")).toBe("Statusverlauf von Acme");
    expect(statusTitleIn(await translatorFor("fr"), "Acme", "page")).toBe("Page d’état de Acme");
  });

  it("keeps rich-text tags for the component to fill", async () => {
    const ar = await translatorFor("ar");
    const markup = ar.markup("subscribe.updatesGoTo", { address: "ops@example.com", target: (chunks) => `<bdi>${chunks}</bdi>` });
    expect(markup).toBe("تُرسَل التحديثات إلى <bdi>ops@example.com</bdi>.");
  });
});
