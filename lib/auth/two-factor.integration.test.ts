import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma, migrateDatabase, provideDatabase } from "@/lib/db/boot";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { totpCode } from "@/lib/testing/totp";
import { getAuth } from "./auth";
import { ensureFirstOwner } from "./bootstrap-owner";
import { isTwoFactorEnabled } from "./two-factor";

// TOTP two-factor sign-in through better-auth's API, as the sign-in and account pages call it, with codes an
// authenticator app would compute. TOTP is about the real clock, so the codes are computed for now.

const OWNER = { email: "owner@example.com", password: "correct-horse-battery-staple" };

/** Cookies as a browser keeps them: each Set-Cookie replaces its name. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  headers() {
    return new Headers({ cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") });
  }
}

describe.each(DATABASE_KINDS)("two-factor sign-in on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    await migrateDatabase(opened.db);
    provideDatabase(opened.db);
    // better-auth is built once per process on the database of the moment: build it anew on this one.
    (globalThis as { __beaconAuth?: unknown }).__beaconAuth = undefined;
    await ensureFirstOwner(await getPrisma(), OWNER);
  });
  afterAll(() => dispose());

  it("an admin turns it on with a code from the app; then sign-in asks for a code and only the right one works", async () => {
    const auth = await getAuth();
    const browser = new CookieJar();
    const signedIn = await auth.api.signInEmail({ body: OWNER, returnHeaders: true });
    browser.take(signedIn.headers);
    const userId = signedIn.response.user.id;

    const started = await auth.api.enableTwoFactor({ body: { password: OWNER.password }, headers: browser.headers() });
    if (started.method !== "totp") throw new Error("expected a TOTP setup");
    expect(started.totpURI).toMatch(/^otpauth:\/\/totp\/Beacon:owner%40example\.com\?secret=[A-Z2-7]+/);
    expect(await isTwoFactorEnabled(userId)).toBe(false); // not before a code proves the app has the secret
    const enabled = await auth.api.verifyTOTP({
      body: { code: totpCode(started.totpURI, new Date()) },
      headers: browser.headers(),
      returnHeaders: true,
    });
    browser.take(enabled.headers);
    expect(await isTwoFactorEnabled(userId)).toBe(true);

    // A new sign-in: the right password alone gives no session, only a pending code step.
    const challenger = new CookieJar();
    const challenged = await auth.api.signInEmail({ body: OWNER, returnHeaders: true });
    expect(challenged.response).toMatchObject({ twoFactorRedirect: true });
    challenger.take(challenged.headers);
    expect(await auth.api.getSession({ headers: challenger.headers() })).toBeNull();

    const wrong = String((Number(totpCode(started.totpURI, new Date())) + 1) % 1_000_000).padStart(6, "0");
    await expect(auth.api.verifyTOTP({ body: { code: wrong }, headers: challenger.headers() })).rejects.toThrow();
    const verified = await auth.api.verifyTOTP({
      body: { code: totpCode(started.totpURI, new Date()) },
      headers: challenger.headers(),
      returnHeaders: true,
    });
    challenger.take(verified.headers);
    const session = await auth.api.getSession({ headers: challenger.headers() });
    expect(session?.user.email).toBe(OWNER.email);
  });
});
