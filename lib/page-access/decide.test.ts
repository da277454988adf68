import { describe, expect, it } from "vitest";
import { type PageAccessRule, publicRule } from "./access-rule";
import { decideAccess, type ReaderFacts } from "./decide";
import { generateReadToken } from "./read-token";
import { signViewer, viewerKeyOf } from "./viewer-cookie";

const NOW = Date.parse("2030-01-01T00:00:00Z");
const KEY = viewerKeyOf("a".repeat(40));
const rule = (over: Partial<PageAccessRule>): PageAccessRule => ({ ...publicRule("page"), ...over });
const facts = (over: Partial<ReaderFacts> = {}): ReaderFacts => ({
  path: "/",
  clientAddress: "203.0.113.9",
  viewerCookie: undefined,
  readToken: null,
  ...over,
});
const viewer = (over: { pageId?: string; epoch?: number; expiresAt?: number } = {}) =>
  signViewer(KEY, { pageId: "page", epoch: 1, subject: "password", expiresAt: NOW + 60_000, ...over });

describe("who may read a page", () => {
  it("a public page lets everyone read", () => {
    expect(decideAccess(facts(), publicRule("page"), KEY, NOW)).toEqual({ access: "allow", via: "public" });
  });

  it("a password page offers its sign-in page to an anonymous browser and a bare 401 to a badge", () => {
    const password = rule({ kind: "password", epoch: 1 });
    expect(decideAccess(facts(), password, KEY, NOW)).toEqual({ access: "refuse", status: 401, answer: "sign-in" });
    expect(decideAccess(facts({ path: "/badge.svg" }), password, KEY, NOW)).toEqual({ access: "refuse", status: 401, answer: "machine" });
  });

  it("a viewer cookie for this page and epoch, not expired, lets its holder read", () => {
    const password = rule({ kind: "password", epoch: 1 });
    expect(decideAccess(facts({ viewerCookie: viewer() }), password, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ viewerCookie: viewer({ epoch: 0 }) }), password, KEY, NOW).access).toBe("refuse");
    expect(decideAccess(facts({ viewerCookie: viewer({ pageId: "other" }) }), password, KEY, NOW).access).toBe("refuse");
    expect(decideAccess(facts({ viewerCookie: viewer({ expiresAt: NOW - 1 }) }), password, KEY, NOW).access).toBe("refuse");
    expect(decideAccess(facts({ viewerCookie: viewer() }), password, viewerKeyOf("b".repeat(40)), NOW).access).toBe("refuse");
    expect(decideAccess(facts({ viewerCookie: `${viewer()}x` }), password, KEY, NOW).access).toBe("refuse");
    expect(decideAccess(facts({ viewerCookie: viewer() }), password, undefined, NOW).access).toBe("refuse");
  });

  it("an IP allowlist page lets addresses in its ranges read and answers 403 to others", () => {
    const ip = rule({ kind: "ip", cidrs: ["10.0.0.0/8", "2001:db8::/32", "192.0.2.7"] });
    expect(decideAccess(facts({ clientAddress: "10.1.2.3" }), ip, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ clientAddress: "::ffff:10.1.2.3" }), ip, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ clientAddress: "2001:db8::1" }), ip, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ clientAddress: "192.0.2.7" }), ip, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ clientAddress: "192.0.2.8" }), ip, KEY, NOW)).toEqual({
      access: "refuse",
      status: 403,
      answer: "forbidden",
    });
    expect(decideAccess(facts({ clientAddress: "unknown" }), ip, KEY, NOW).access).toBe("refuse");
  });

  it("the read token opens badges, feeds and the API, never the HTML pages, and a rotated token no longer works", () => {
    const first = generateReadToken();
    const second = generateReadToken();
    const email = rule({ kind: "email", readTokenHash: first.hash });
    expect(decideAccess(facts({ path: "/badge.svg", readToken: first.plaintext }), email, KEY, NOW)).toEqual({
      access: "allow",
      via: "read-token",
    });
    expect(decideAccess(facts({ path: "/history.atom", readToken: first.plaintext }), email, KEY, NOW).access).toBe("allow");
    expect(decideAccess(facts({ path: "/", readToken: first.plaintext }), email, KEY, NOW).access).toBe("refuse");
    const rotated = { ...email, readTokenHash: second.hash };
    expect(decideAccess(facts({ path: "/badge.svg", readToken: first.plaintext }), rotated, KEY, NOW).access).toBe("refuse");
    expect(decideAccess(facts({ path: "/badge.svg", readToken: second.plaintext }), rotated, KEY, NOW).access).toBe("allow");
  });
});
