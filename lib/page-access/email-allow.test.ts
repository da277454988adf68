import { describe, expect, it } from "vitest";
import { emailAllowed } from "./email-allow";

describe("who may be sent a sign-in link", () => {
  it("an address on the list or in an allowed domain, in any case; nothing else", () => {
    expect(emailAllowed("Ann@Example.com", ["ann@example.com"], [])).toBe(true);
    expect(emailAllowed("bob@acme.io", [], ["@ACME.io"])).toBe(true);
    expect(emailAllowed("bob@evil-acme.io", [], ["acme.io"])).toBe(false);
    expect(emailAllowed("bob@acme.io.evil.com", [], ["acme.io"])).toBe(false);
    expect(emailAllowed("acme.io", [], ["acme.io"])).toBe(false);
    expect(emailAllowed("carol@example.com", ["ann@example.com"], [])).toBe(false);
  });
});
