import { describe, expect, it } from "vitest";
import { type DueCandidate, dueTransitions } from "./due-transitions";

const scheduledFor = new Date("2026-11-25T22:00:00Z");
const scheduledUntil = new Date("2026-11-26T00:00:00Z");
const before = new Date(scheduledFor.getTime() - 1);
const during = new Date("2026-11-25T23:00:00Z");

function maintenance(overrides: Partial<DueCandidate> = {}): DueCandidate & { id: string } {
  return { id: "m", status: "scheduled", scheduledFor, scheduledUntil, autoStart: true, autoComplete: true, ...overrides };
}

describe("dueTransitions", () => {
  it("starts nothing before the window begins", () => {
    expect(dueTransitions([maintenance()], before)).toEqual({ start: [], complete: [] });
  });

  it("starts scheduled maintenance exactly at scheduledFor", () => {
    const m = maintenance();
    expect(dueTransitions([m], scheduledFor)).toEqual({ start: [m], complete: [] });
  });

  it("leaves scheduled maintenance alone when it does not start by itself", () => {
    expect(dueTransitions([maintenance({ autoStart: false })], during)).toEqual({ start: [], complete: [] });
    expect(dueTransitions([maintenance({ autoStart: false })], scheduledUntil)).toEqual({ start: [], complete: [] });
  });

  it("completes maintenance in progress exactly at scheduledUntil", () => {
    const m = maintenance({ status: "in_progress" });
    expect(dueTransitions([m], during)).toEqual({ start: [], complete: [] });
    expect(dueTransitions([m], scheduledUntil)).toEqual({ start: [], complete: [m] });
  });

  it("completes verifying maintenance once its window is over", () => {
    const m = maintenance({ status: "verifying" });
    expect(dueTransitions([m], scheduledUntil)).toEqual({ start: [], complete: [m] });
  });

  it("keeps maintenance in progress past its window when it does not complete by itself", () => {
    expect(dueTransitions([maintenance({ status: "in_progress", autoComplete: false })], scheduledUntil)).toEqual({
      start: [],
      complete: [],
    });
  });

  it("completes scheduled maintenance whose whole window passed without starting it", () => {
    const m = maintenance();
    expect(dueTransitions([m], scheduledUntil)).toEqual({ start: [], complete: [m] });
  });

  it("starts scheduled maintenance whose window passed when it does not complete by itself", () => {
    const m = maintenance({ autoComplete: false });
    expect(dueTransitions([m], scheduledUntil)).toEqual({ start: [m], complete: [] });
  });

  it("never completes scheduled maintenance that would not have started by itself", () => {
    expect(dueTransitions([maintenance({ autoStart: false })], new Date("2026-12-01T00:00:00Z"))).toEqual({ start: [], complete: [] });
  });

  it("ignores completed maintenance", () => {
    expect(dueTransitions([maintenance({ status: "completed" })], scheduledUntil)).toEqual({ start: [], complete: [] });
  });

  it("sorts several maintenances into start and complete, keeping the given objects", () => {
    const a = { ...maintenance(), id: "a" };
    const b = { ...maintenance({ status: "in_progress", scheduledUntil: during }), id: "b" };
    const c = {
      ...maintenance({ scheduledFor: new Date("2026-11-27T00:00:00Z"), scheduledUntil: new Date("2026-11-27T01:00:00Z") }),
      id: "c",
    };
    const due = dueTransitions([a, b, c], during);
    expect(due.start.map((m) => m.id)).toEqual(["a"]);
    expect(due.complete.map((m) => m.id)).toEqual(["b"]);
    expect(due.start[0]).toBe(a);
  });
});
