import { describe, expect, it } from "vitest";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { checkPostmortemPublish, checkUpdateTransition } from "./transitions";

const OPEN: IncidentStatus[] = ["investigating", "identified", "monitoring"];
const UPDATE_STATUSES: IncidentStatus[] = [...OPEN, "resolved"];

describe("checkUpdateTransition", () => {
  it.each(OPEN.flatMap((current) => UPDATE_STATUSES.map((next) => [current, next])))(
    "lets an open incident (%s) move to %s, backwards included",
    (current, next) => {
      expect(checkUpdateTransition(current, next)).toEqual({ ok: true });
    },
  );

  it.each(UPDATE_STATUSES)("lets a resolved incident take a %s update (a note or a reopening)", (next) => {
    expect(checkUpdateTransition("resolved", next)).toEqual({ ok: true });
  });

  it("lets an incident with a postmortem take only resolved follow-up notes", () => {
    expect(checkUpdateTransition("postmortem", "resolved")).toEqual({ ok: true });
    for (const next of OPEN) {
      const check = checkUpdateTransition("postmortem", next);
      expect(check).toMatchObject({ ok: false });
      expect(check.ok || check.message).toMatch(/new incident/);
    }
  });

  it.each([...UPDATE_STATUSES, "postmortem"] as IncidentStatus[])("refuses to set postmortem by an update from %s", (current) => {
    const check = checkUpdateTransition(current, "postmortem");
    expect(check).toMatchObject({ ok: false });
    expect(check.ok || check.message).toMatch(/publish a postmortem/);
  });
});

describe("checkPostmortemPublish", () => {
  it.each(OPEN)("refuses a postmortem while the incident is %s", (current) => {
    const check = checkPostmortemPublish(current);
    expect(check).toMatchObject({ ok: false });
    expect(check.ok || check.message).toMatch(/resolve it/);
  });

  it.each(["resolved", "postmortem"] as IncidentStatus[])("allows a postmortem once the incident is %s", (current) => {
    expect(checkPostmortemPublish(current)).toEqual({ ok: true });
  });
});
