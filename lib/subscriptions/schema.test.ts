import { describe, expect, it } from "vitest";
import { subscribeInput } from "./schema";

const fieldsOf = (input: unknown) => {
  const result = subscribeInput.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("subscribe input", () => {
  it("accepts an email, normalised to lower case, with no scope meaning everything", () => {
    expect(subscribeInput.parse({ channel: "email", email: " Ops@Example.COM " })).toEqual({
      channel: "email",
      email: "ops@example.com",
      componentIds: [],
      groupIds: [],
    });
  });

  it("names the field of a bad email or a non-http(s) webhook URL", () => {
    expect(fieldsOf({ channel: "email", email: "nope" })).toEqual({ email: "email must be an email address" });
    expect(fieldsOf({ channel: "webhook", webhookUrl: "ftp://example.com/hook" })).toEqual({
      webhookUrl: "webhookUrl must be an http:// or https:// URL",
    });
    expect(fieldsOf({ channel: "webhook", webhookUrl: "javascript:alert(1)" })).toHaveProperty("webhookUrl");
  });

  it("defaults a webhook to Beacon's signed JSON format and rejects unknown formats", () => {
    expect(subscribeInput.parse({ channel: "webhook", webhookUrl: "https://hooks.example.com/x" })).toMatchObject({
      webhookFormat: "beacon",
    });
    expect(fieldsOf({ channel: "webhook", webhookUrl: "https://hooks.example.com/x", webhookFormat: "teams" })).toHaveProperty(
      "webhookFormat",
    );
  });

  it("refuses an unknown channel", () => {
    expect(fieldsOf({ channel: "sms" })).toEqual({
      channel: "channel must be one of email, webhook, teams, google_chat, mattermost, ntfy, telegram",
    });
  });
});
