import { describe, expect, it } from "vitest";
import { validationFailed } from "@/lib/core/result";
import { addIncidentUpdateInput, createIncidentInput, editIncidentUpdateInput, publishPostmortemInput } from "./schema";

const valid = { name: "API errors", impact: "major", message: "We are investigating." };

function fieldsOf(result: { success: boolean; error?: unknown }) {
  if (result.success) throw new Error("expected the input to be refused");
  const failure = validationFailed(result.error as never);
  return failure.error.fields!;
}

describe("createIncidentInput", () => {
  it("fills the defaults: investigating, no components, notifications on", () => {
    expect(createIncidentInput.parse(valid)).toEqual({
      ...valid,
      status: "investigating",
      componentStatuses: [],
      deliverNotifications: true,
    });
  });

  it("trims the name and refuses a blank or over-long one, naming the field", () => {
    expect(createIncidentInput.parse({ ...valid, name: "  API errors  " }).name).toBe("API errors");
    expect(fieldsOf(createIncidentInput.safeParse({ ...valid, name: "   " }))).toEqual({ name: ["name is required"] });
    expect(fieldsOf(createIncidentInput.safeParse({ ...valid, name: "x".repeat(201) })).name).toEqual([
      "name must be at most 200 characters",
    ]);
  });

  it("counts the message limit in bytes: 64 KiB of text passes, one more byte does not", () => {
    expect(createIncidentInput.safeParse({ ...valid, message: "x".repeat(65_536) }).success).toBe(true);
    expect(fieldsOf(createIncidentInput.safeParse({ ...valid, message: "é".repeat(32_769) })).message).toEqual([
      "message must be at most 64 KiB",
    ]);
  });

  it("refuses a blank message but keeps the markdown's leading spaces", () => {
    expect(fieldsOf(createIncidentInput.safeParse({ ...valid, message: " \n " })).message).toEqual(["message is required"]);
    expect(createIncidentInput.parse({ ...valid, message: "    code" }).message).toBe("    code");
  });

  it("names the field of a bad component status and of a component listed twice", () => {
    const badStatus = createIncidentInput.safeParse({ ...valid, componentStatuses: [{ componentId: "a", status: "broken" }] });
    expect(Object.keys(fieldsOf(badStatus))).toEqual(["componentStatuses.0.status"]);
    const twice = createIncidentInput.safeParse({
      ...valid,
      componentStatuses: [
        { componentId: "b", status: "major_outage" },
        { componentId: "b", status: "partial_outage" },
      ],
    });
    expect(fieldsOf(twice)).toEqual({ "componentStatuses.1.componentId": ["componentId is listed twice"] });
  });

  it("refuses postmortem as an update status and a displayAt in the future", () => {
    const fields = fieldsOf(
      createIncidentInput.safeParse({ ...valid, status: "postmortem", displayAt: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(fields.status[0]).toMatch(/publish a postmortem/);
    expect(fields.displayAt).toEqual(["displayAt can't be in the future"]);
  });

  it("reads displayAt as an ISO date with its offset", () => {
    const parsed = createIncidentInput.parse({ ...valid, displayAt: "2024-01-01T12:00:00+02:00" });
    expect(parsed.displayAt).toEqual(new Date("2024-01-01T10:00:00Z"));
    expect(fieldsOf(createIncidentInput.safeParse({ ...valid, displayAt: "yesterday" })).displayAt[0]).toMatch(
      /^displayAt must be an ISO 8601/,
    );
  });

  it("keys an input that is not an object under the whole input", () => {
    expect(Object.keys(fieldsOf(createIncidentInput.safeParse("nope")))).toEqual(["input"]);
  });
});

describe("the other incident inputs", () => {
  it("require an update's status and parse expectedUpdatedAt as a date", () => {
    expect(fieldsOf(addIncidentUpdateInput.safeParse({ message: "x" })).status).toHaveLength(1);
    const parsed = addIncidentUpdateInput.parse({ status: "identified", message: "x", expectedUpdatedAt: "2024-01-01T00:00:00.123Z" });
    expect(parsed.expectedUpdatedAt).toEqual(new Date("2024-01-01T00:00:00.123Z"));
  });

  it("require expectedUpdatedAt when editing an update", () => {
    expect(Object.keys(fieldsOf(editIncidentUpdateInput.safeParse({ message: "fixed typo" })))).toEqual(["expectedUpdatedAt"]);
  });

  it("allow a postmortem up to 256 KiB", () => {
    expect(publishPostmortemInput.safeParse({ body: "x".repeat(256 * 1024) }).success).toBe(true);
    expect(fieldsOf(publishPostmortemInput.safeParse({ body: "x".repeat(256 * 1024 + 1) })).body).toEqual(["body must be at most 256 KiB"]);
  });
});
