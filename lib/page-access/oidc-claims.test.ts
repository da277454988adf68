import { describe, expect, it } from "vitest";
import { publicRule } from "./access-rule";
import { oidcClaimsRefusal } from "./oidc-claims";

const rule = { ...publicRule("page"), kind: "oidc" as const };

describe("who single sign-on lets in", () => {
  it("anyone the provider signed in, when the page sets no limit", () => {
    expect(oidcClaimsRefusal({ sub: "1" }, rule)).toBeNull();
  });

  it("only verified addresses of an allowed domain, when the page names domains", () => {
    const limited = { ...rule, allowedDomains: ["acme.test"] };
    expect(oidcClaimsRefusal({ email: "ann@acme.test", email_verified: true }, limited)).toBeNull();
    expect(oidcClaimsRefusal({ email: "ann@acme.test", email_verified: false }, limited)).toBe("email");
    expect(oidcClaimsRefusal({ email: "ann@other.test" }, limited)).toBe("email");
    expect(oidcClaimsRefusal({}, limited)).toBe("email");
  });

  it("only members of the group, read from the named claim", () => {
    const grouped = { ...rule, oidcGroupClaim: "roles", oidcGroup: "status-readers" };
    expect(oidcClaimsRefusal({ roles: ["status-readers", "x"] }, grouped)).toBeNull();
    expect(oidcClaimsRefusal({ roles: "status-readers" }, grouped)).toBeNull();
    expect(oidcClaimsRefusal({ groups: ["status-readers"] }, grouped)).toBe("group");
    expect(oidcClaimsRefusal({}, { ...rule, oidcGroup: "g" })).toBe("group");
  });
});
