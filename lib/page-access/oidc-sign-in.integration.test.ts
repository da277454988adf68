import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as oidcCallback } from "@/app/access/oidc/callback/route";
import { GET as oidcStart } from "@/app/access/oidc/route";
import type { Actor } from "@/lib/audit/actor";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { loadPublicModel } from "@/lib/public-model/load";
import { openDemoDatabase } from "@/lib/testing/databases";
import { browseUntil, startOidcProvider } from "@/lib/testing/oidc-provider";
import { gateReader } from "./gate";
import { accessRulesOf } from "./model-rules";
import { updatePageAccess } from "./update-access";
import { currentViewerKey } from "./viewer-key";

// Single sign-on end to end against a real OpenID Connect provider: Beacon's routes redirect to it, it signs the
// reader in and redirects back with a code, Beacon exchanges it (PKCE, state, nonce) and checks the ID token.

const owner: Actor = { type: "user", id: "user-owner", label: "owner@example.com" };
const PUBLIC_URL = "http://status.acme.test";
const CALLBACK = `${PUBLIC_URL}/access/oidc/callback`;

describe("single sign-on with an OpenID Connect provider", () => {
  let dispose: () => Promise<void>;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  beforeAll(async () => {
    process.env.BEACON_PUBLIC_URL = PUBLIC_URL;
    ({ dispose } = await openDemoDatabase("postgres", new Date()));
    provider = await startOidcProvider({ clientId: "beacon", clientSecret: "a-client-secret-of-some-length", redirectUri: CALLBACK });
    const saved = await updatePageAccess(owner, PAGE_SETTINGS_ID, {
      kind: "oidc",
      oidcIssuer: provider.issuer,
      oidcClientId: "beacon",
      oidcClientSecret: "a-client-secret-of-some-length",
      allowedDomains: "acme.test",
      oidcGroupClaim: "groups",
      oidcGroup: "status-readers",
    });
    expect(saved.ok).toBe(true);
  }, 120_000);
  afterAll(async () => {
    delete process.env.BEACON_PUBLIC_URL;
    await provider.close();
    await dispose();
  });

  async function signIn() {
    const started = await oidcStart(new Request(`${PUBLIC_URL}/access/oidc?page=${PAGE_SETTINGS_ID}&next=/history`));
    expect(started.status).toBe(302);
    const pending = started.headers.get("set-cookie")!.split(";")[0];
    const authorize = new URL(started.headers.get("location")!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const back = await browseUntil(authorize.href, CALLBACK);
    return oidcCallback(new Request(back.href, { headers: { cookie: pending } }));
  }

  it("a member of the group at an allowed domain is signed in with a viewer cookie the gate accepts", async () => {
    provider.signInAs("ann", { email: "ann@acme.test", groups: ["status-readers"] });
    const answer = await signIn();
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/history");
    const cookie = answer.headers
      .getSetCookie()
      .find((line) => line.startsWith("beacon_viewer_"))!
      .split(";")[0];
    const gate = { rules: accessRulesOf(await loadPublicModel()), viewerKey: await currentViewerKey() };
    expect(gateReader({ url: "/", headers: { cookie }, clientAddress: "198.51.100.1" }, PAGE_SETTINGS_ID, gate, Date.now()).allowed).toBe(
      true,
    );
  });

  it("someone outside the group, or at another domain, is refused", async () => {
    provider.signInAs("bob", { email: "bob@acme.test", groups: ["other"] });
    expect((await signIn()).status).toBe(403);
    provider.signInAs("eve", { email: "eve@evil.test", groups: ["status-readers"] });
    expect((await signIn()).status).toBe(403);
  });

  it("a callback without the pending sign-in's cookie (another browser) is refused", async () => {
    provider.signInAs("ann", { email: "ann@acme.test", groups: ["status-readers"] });
    const started = await oidcStart(new Request(`${PUBLIC_URL}/access/oidc?page=${PAGE_SETTINGS_ID}&next=/`));
    const back = await browseUntil(started.headers.get("location")!, CALLBACK);
    expect((await oidcCallback(new Request(back.href))).status).toBe(400);
  });
});
