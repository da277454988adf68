import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, provideDatabase } from "@/lib/db/boot";
import { DATABASE_KINDS, openEmptyDatabase } from "@/lib/testing/databases";
import { ACCOUNT_FAILURES, checkSignInThrottle, clearSignInFailures, IP_FAILURES, recordFailedSignIn } from "./sign-in-throttle";

describe.each(DATABASE_KINDS)("sign-in throttling on %s", (kind) => {
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openEmptyDatabase(kind);
    dispose = opened.dispose;
    await migrateDatabase(opened.db);
    provideDatabase(opened.db);
  });
  afterAll(() => dispose());

  it(`blocks an account after ${ACCOUNT_FAILURES} failures and says how long to wait`, async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(await checkSignInThrottle("victim@example.com", "10.0.0.1")).toEqual({ allowed: true });
      await recordFailedSignIn("Victim@example.com", `10.0.0.${i}`);
    }
    const verdict = await checkSignInThrottle("victim@example.com", "10.0.0.99");
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed === false && verdict.retryAfterSeconds).toBeGreaterThan(800);
    expect(await checkSignInThrottle("someone-else@example.com", "10.0.0.99")).toEqual({ allowed: true });
  });

  it("a successful sign-in clears the account's failures", async () => {
    await recordFailedSignIn("forgetful@example.com", "10.1.0.1");
    await clearSignInFailures("forgetful@example.com");
    for (let i = 0; i < ACCOUNT_FAILURES - 1; i++) await recordFailedSignIn("forgetful@example.com", "10.1.0.1");
    expect(await checkSignInThrottle("forgetful@example.com", "10.1.0.2")).toEqual({ allowed: true });
  });

  it(`blocks an IP that sprays ${IP_FAILURES} failures over many accounts`, async () => {
    for (let i = 0; i < IP_FAILURES; i++) await recordFailedSignIn(`user${i}@example.com`, "10.2.0.1");
    expect((await checkSignInThrottle("fresh@example.com", "10.2.0.1")).allowed).toBe(false);
  });
});
