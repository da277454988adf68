import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as redeemLink } from "@/app/access/link/route";
import { POST as passwordSignIn } from "@/app/access/password/route";
import type { Actor } from "@/lib/audit/actor";
import { getPrisma } from "@/lib/db/boot";
import { createMailer } from "@/lib/notifications/mailer";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { loadPublicModel } from "@/lib/public-model/load";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { startSmtpCatcher } from "@/lib/testing/receivers";
import { gateReader } from "./gate";
import { redeemSignInLink, sendSignInLink } from "./magic-link";
import { accessRulesOf } from "./model-rules";
import { pagePasswordThrottle } from "./password-throttle";
import { readTokenMatches } from "./read-token";
import { rotateReadToken, updatePageAccess } from "./update-access";
import { currentViewerKey } from "./viewer-key";

const now = new Date("2026-11-24T12:00:00Z");
const owner: Actor = { type: "user", id: "user-owner", label: "owner@example.com" };
const PAGE = PAGE_SETTINGS_ID;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const post = (path: string, fields: Record<string, string>, address = "203.0.113.5") =>
  new Request(`http://localhost${path}`, { method: "POST", body: form(fields), headers: { "x-beacon-client-address": address } });

describe.each(DATABASE_KINDS)("who may read a page, on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ dispose } = await openDemoDatabase(kind, now)));
  afterAll(() => dispose());
  beforeEach(() => {
    (globalThis as { __beaconPasswordThrottle?: unknown }).__beaconPasswordThrottle = undefined;
  });

  it("a saved rule reaches the public model with hashes only, and the audit log never holds a secret", async () => {
    const saved = await updatePageAccess(owner, PAGE, {
      kind: "oidc",
      oidcIssuer: "https://id.acme.test",
      oidcClientId: "beacon",
      oidcClientSecret: "s3cret-value",
      allowedDomains: "acme.test",
    });
    expect(saved.ok).toBe(true);
    const model = await loadPublicModel();
    expect(model.page.access).toMatchObject({ kind: "oidc", oidcIssuer: "https://id.acme.test", allowedDomains: ["acme.test"], epoch: 1 });
    expect(JSON.stringify(model)).not.toContain("s3cret-value");
    expect(JSON.stringify(model)).not.toContain("oidcClientSecretSealed");
    const audit = await (await getPrisma()).auditLog.findFirstOrThrow({
      where: { action: "page_access.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.stringify(audit)).not.toContain("s3cret-value");
    expect((audit.after as { oidcClientSecret: string }).oidcClientSecret).toBe("set");
  });

  it("a refused rule names its field and writes nothing", async () => {
    const result = await updatePageAccess(owner, PAGE, { kind: "ip", cidrs: "10.0.0.0/8\nnot-a-range" });
    expect(!result.ok && result.error.fields?.cidrs).toEqual(["Not an address or CIDR range: not-a-range"]);
    expect((await updatePageAccess(owner, "no-such-page", { kind: "public" })).ok).toBe(false);
  });

  it("the right password signs a reader in with a cookie the gate accepts; wrong guesses are throttled per address", async () => {
    expect((await updatePageAccess(owner, PAGE, { kind: "password", password: "open sesame" })).ok).toBe(true);
    const wrong = await passwordSignIn(post("/access/password", { page: PAGE, password: "nope nope", next: "/history" }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("cache-control")).toBe("private, no-store");
    const right = await passwordSignIn(post("/access/password", { page: PAGE, password: "open sesame", next: "/history" }));
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/history");
    const cookie = right.headers.get("set-cookie")!.split(";")[0];
    expect(cookie).toMatch(/^beacon_viewer_page=v1\./);
    expect(right.headers.get("set-cookie")).toContain("HttpOnly");

    const rules = accessRulesOf(await loadPublicModel());
    const gate = { rules, viewerKey: await currentViewerKey() };
    expect(gateReader({ url: "/history", headers: { cookie }, clientAddress: "198.51.100.1" }, PAGE, gate, Date.now())).toMatchObject({
      allowed: true,
      private: true,
    });
    const anonymous = gateReader({ url: "/history", headers: {}, clientAddress: "198.51.100.1" }, PAGE, gate, Date.now());
    expect(anonymous.allowed).toBe(false);

    for (let i = 0; i < 10; i++) await passwordSignIn(post("/access/password", { page: PAGE, password: `guess ${i}xx` }, "198.51.100.9"));
    const throttled = await passwordSignIn(post("/access/password", { page: PAGE, password: "open sesame" }, "198.51.100.9"));
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(pagePasswordThrottle().size).toBe(2);
  });

  it("a new read token opens badges; rotating it ends the old one", async () => {
    const first = await rotateReadToken(owner, PAGE);
    const second = await rotateReadToken(owner, PAGE);
    if (!first.ok || !second.ok) throw new Error("rotation failed");
    const { page } = await loadPublicModel();
    expect(readTokenMatches(second.data.token, page.access.readTokenHash)).toBe(true);
    expect(readTokenMatches(first.data.token, page.access.readTokenHash)).toBe(false);
  });

  it("an email page mails a one-time sign-in link to allowed addresses only, through a real SMTP server", async () => {
    const smtp = await startSmtpCatcher();
    const mailer = createMailer({ host: "127.0.0.1", port: smtp.port, secure: false, from: "Status <status@example.com>" });
    try {
      expect(
        (await updatePageAccess(owner, PAGE, { kind: "email", allowedEmails: "ann@example.com", allowedDomains: "acme.test" })).ok,
      ).toBe(true);
      const rule = accessRulesOf(await loadPublicModel()).get(PAGE)!;
      const deps = { mailer, publicUrl: "https://status.example.com", now: new Date() };
      expect(await sendSignInLink(rule, "mallory@evil.test", "/", deps)).toBe(false);
      expect(await sendSignInLink(rule, "Bob@Acme.test", "/history", deps)).toBe(true);
      expect(smtp.mails.map((mail) => mail.envelopeTo)).toEqual([["bob@acme.test"]]);
      const link = new URL(smtp.mails[0].parsed.text!.match(/https:\/\/\S+/)![0]);
      expect(link.pathname).toBe("/access/link");
      const token = link.searchParams.get("token")!;

      const signedIn = await redeemLink(post("/access/link", { token, next: link.searchParams.get("next")! }));
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get("location")).toBe("/history");
      expect(signedIn.headers.get("set-cookie")).toMatch(/^beacon_viewer_page=v1\./);
      expect(await redeemSignInLink(token, async () => rule, new Date())).toBeNull(); // used once
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
