import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { FIRST_DELAY_SECONDS } from "./sign-in-delay";
import { checkSignInThrottle, clearSignInFailures, IP_FREE_FAILURES, PAIR_FREE_FAILURES, recordFailedSignIn } from "./sign-in-throttle";

describe.each(DATABASE_KINDS)("sign-in throttling on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    await migrateDatabase(opened.db);
    provideDatabase(opened.db);
  });
  afterAll(() => dispose());

  const waitOf = async (email: string, ip: string) => {
    const verdict = await checkSignInThrottle(email, ip);
    return verdict.allowed ? 0 : verdict.retryAfterSeconds;
  };

  it(`makes an address wait after ${PAIR_FREE_FAILURES} failures on one account, doubling with each further failure`, async () => {
    for (let i = 0; i < PAIR_FREE_FAILURES - 1; i++) {
      await recordFailedSignIn("Victim@example.com", "198.51.100.7");
      expect(await waitOf("victim@example.com", "198.51.100.7")).toBe(0);
    }
    await recordFailedSignIn("victim@example.com", "198.51.100.7");
    const first = await waitOf("victim@example.com", "198.51.100.7");
    expect(first).toBeGreaterThan(FIRST_DELAY_SECONDS - 2);
    expect(first).toBeLessThanOrEqual(FIRST_DELAY_SECONDS);
    await recordFailedSignIn("victim@example.com", "198.51.100.7");
    expect(await waitOf("victim@example.com", "198.51.100.7")).toBeGreaterThan(2 * FIRST_DELAY_SECONDS - 2);
  });

  it("never locks the account: the owner, from an address with no failures, still signs in", async () => {
    for (let i = 0; i < 3 * PAIR_FREE_FAILURES; i++) await recordFailedSignIn("owner@example.com", "203.0.113.66");
    expect(await waitOf("owner@example.com", "203.0.113.66")).toBeGreaterThan(0);
    expect(await checkSignInThrottle("owner@example.com", "192.0.2.10")).toEqual({ allowed: true });
  });

  it("a successful sign-in clears that address's failures on the account", async () => {
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) await recordFailedSignIn("forgetful@example.com", "10.1.0.1");
    expect(await waitOf("forgetful@example.com", "10.1.0.1")).toBeGreaterThan(0);
    await clearSignInFailures("forgetful@example.com", "10.1.0.1");
    expect(await checkSignInThrottle("forgetful@example.com", "10.1.0.1")).toEqual({ allowed: true });
    for (let i = 0; i < PAIR_FREE_FAILURES - 1; i++) await recordFailedSignIn("forgetful@example.com", "10.1.0.1");
    expect(await checkSignInThrottle("forgetful@example.com", "10.1.0.1")).toEqual({ allowed: true });
  });

  it(`makes an address that sprays ${IP_FREE_FAILURES} failures over many accounts wait, whatever account it tries next`, async () => {
    for (let i = 0; i < IP_FREE_FAILURES; i++) await recordFailedSignIn(`user${i}@example.com`, "10.2.0.1");
    expect(await waitOf("fresh@example.com", "10.2.0.1")).toBeGreaterThan(0);
    expect(await checkSignInThrottle("fresh@example.com", "10.2.0.2")).toEqual({ allowed: true });
  });
});
