import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "./signature";

const secret = "whsec_test";
const body = JSON.stringify({ event: "incident.created" });
const at = new Date("2026-11-24T12:00:00Z");

describe("webhook signatures", () => {
  it("signs the timestamp and raw body so the receiver can verify them", () => {
    const header = signWebhookBody(secret, body, at);
    expect(header).toMatch(/^t=1795521600,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, body, header, { now: at })).toBe(true);
  });

  it("rejects a changed body, another secret and a replay outside the tolerance", () => {
    const header = signWebhookBody(secret, body, at);
    expect(verifyWebhookSignature(secret, body + " ", header, { now: at })).toBe(false);
    expect(verifyWebhookSignature("other", body, header, { now: at })).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, { now: new Date(at.getTime() + 301_000) })).toBe(false);
    expect(verifyWebhookSignature(secret, body, "t=x,v1=zz", { now: at })).toBe(false);
  });
});
