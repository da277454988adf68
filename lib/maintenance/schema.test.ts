import { describe, expect, it } from "vitest";
import { addMaintenanceUpdateInput, createMaintenanceInput, editMaintenanceInput, NO_COMPONENTS_ERROR } from "./schema";

const valid = {
  name: "Database migration",
  scheduledFor: "2026-11-25T22:00:00Z",
  scheduledUntil: "2026-11-26T00:00:00+00:00",
  message: "We are moving the database.",
  componentIds: ["db"],
};

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]));
}

describe("createMaintenanceInput", () => {
  it("takes a recurrence as an RRULE, normalised; blank means it happens once", () => {
    expect(createMaintenanceInput.parse({ ...valid, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=SU" }).recurrence).toBe("FREQ=WEEKLY;BYDAY=SU");
    expect(createMaintenanceInput.parse({ ...valid, recurrence: "  " }).recurrence).toBeUndefined();
  });

  it("refuses a recurrence that is not an RRULE or repeats before the window ends, naming the field", () => {
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...valid, recurrence: "weekly" }))).toEqual({
      recurrence: expect.stringMatching(/^recurrence is not a valid RRULE/),
    });
    const long = { ...valid, scheduledUntil: "2026-11-27T00:00:00Z", recurrence: "FREQ=DAILY" };
    expect(fieldErrors(createMaintenanceInput.safeParse(long))).toEqual({
      recurrence: "recurrence repeats before the maintenance ends: make the window shorter or the rule less frequent",
    });
  });

  it("parses the window into dates and turns automation on by default", () => {
    const parsed = createMaintenanceInput.parse(valid);
    expect(parsed).toEqual({
      ...valid,
      scheduledFor: new Date("2026-11-25T22:00:00Z"),
      scheduledUntil: new Date("2026-11-26T00:00:00Z"),
      autoStart: true,
      autoComplete: true,
      noComponents: false,
    });
  });

  it("accepts times with the browser's offset", () => {
    const parsed = createMaintenanceInput.parse({ ...valid, scheduledFor: "2026-11-25T23:00:00+01:00" });
    expect(parsed.scheduledFor).toEqual(new Date("2026-11-25T22:00:00Z"));
  });

  it.each([
    ["ends before it starts", "2026-11-25T21:00:00Z"],
    ["ends when it starts", "2026-11-25T22:00:00Z"],
  ])("refuses a window that %s, on scheduledUntil", (_, scheduledUntil) => {
    const result = createMaintenanceInput.safeParse({ ...valid, scheduledUntil });
    expect(fieldErrors(result)).toEqual({ scheduledUntil: "scheduledUntil must be after scheduledFor" });
  });

  it("reports the window beside other errors", () => {
    const result = createMaintenanceInput.safeParse({ ...valid, name: " ", scheduledUntil: "2026-11-25T21:00:00Z" });
    expect(fieldErrors(result)).toEqual({ name: "name is required", scheduledUntil: "scheduledUntil must be after scheduledFor" });
  });

  it("says an empty date is required and a malformed one is not ISO 8601, without a window error", () => {
    const result = createMaintenanceInput.safeParse({ ...valid, scheduledFor: "", scheduledUntil: "tomorrow" });
    expect(fieldErrors(result)).toEqual({
      scheduledFor: "scheduledFor is required",
      scheduledUntil: "scheduledUntil must be an ISO 8601 date and time, e.g. 2026-11-24T22:00:00Z",
    });
  });

  it("refuses a name over 200 characters, a blank message and one over 64 KiB", () => {
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...valid, name: "x".repeat(201) }))).toEqual({
      name: "name must be at most 200 characters",
    });
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...valid, message: "  \n" }))).toEqual({ message: "message is required" });
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...valid, message: "é".repeat(32 * 1024 + 1) }))).toEqual({
      message: "message must be at most 64 KiB",
    });
  });

  it("refuses a window with no components, naming componentIds, unless noComponents confirms it", () => {
    const { componentIds: _, ...none } = valid;
    expect(fieldErrors(createMaintenanceInput.safeParse(none))).toEqual({ componentIds: NO_COMPONENTS_ERROR });
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...none, componentIds: [], name: "" }))).toEqual({
      name: "name is required",
      componentIds: NO_COMPONENTS_ERROR,
    });
    expect(createMaintenanceInput.parse({ ...none, noComponents: true })).toMatchObject({ componentIds: [], noComponents: true });
    expect(fieldErrors(createMaintenanceInput.safeParse({ ...none, noComponents: "yes" }))).toEqual({
      noComponents: "noComponents must be true or false",
    });
  });

  it("refuses a component listed twice, naming its position", () => {
    const result = createMaintenanceInput.safeParse({ ...valid, componentIds: ["a", "b", "a"] });
    expect(fieldErrors(result)).toEqual({ "componentIds.2": "componentId is listed twice" });
  });
});

describe("editMaintenanceInput", () => {
  it("takes no message and checks the window the same way", () => {
    const { message: _message, ...window } = valid;
    expect(editMaintenanceInput.parse({ ...window, message: "ignored" })).not.toHaveProperty("message");
    expect(fieldErrors(editMaintenanceInput.safeParse({ ...window, scheduledUntil: valid.scheduledFor }))).toEqual({
      scheduledUntil: "scheduledUntil must be after scheduledFor",
    });
    expect(fieldErrors(editMaintenanceInput.safeParse({ ...window, componentIds: [] }))).toEqual({ componentIds: NO_COMPONENTS_ERROR });
  });
});

describe("addMaintenanceUpdateInput", () => {
  it("takes a maintenance status and a message", () => {
    expect(addMaintenanceUpdateInput.parse({ status: "in_progress", message: "Started." })).toEqual({
      status: "in_progress",
      message: "Started.",
    });
    expect(fieldErrors(addMaintenanceUpdateInput.safeParse({ status: "resolved", message: "x" }))).toEqual({
      status: "status must be one of scheduled, in_progress, verifying, completed",
    });
  });
});
