import { describe, expect, it } from "vitest";
import { NOTICE_LOGIC } from "./notice-logic";

interface Notice {
  kind: string;
  id: string;
  updateId: string;
  title: string;
  status: string;
  tone: string;
  url: string;
}
interface Logic {
  pickNotice(summary: unknown, origin: string, dismissed: string[]): Notice | null;
  dismissalKey(notice: Notice): string;
  readDismissed(raw: string | null): string[];
  addDismissed(list: string[], key: string): string[];
  readRefreshSeconds(value: string | null): number;
}

// Evaluated exactly as the browser gets it, so the tests exercise the served source.
const logic = new Function(
  `${NOTICE_LOGIC}; return { pickNotice, dismissalKey, readDismissed, addDismissed, readRefreshSeconds };`,
)() as Logic;
const ORIGIN = "https://status.example.com";

const update = (id: string, status: string, displayAt: string) => ({ id, status, display_at: displayAt, body: "…" });
const incident = (id: string, status: string, updates = [update(`${id}-u1`, status, "2026-01-01T10:00:00Z")]) => ({
  id,
  name: `Incident ${id}`,
  status,
  impact: "major",
  updated_at: "2026-01-01T10:00:00Z",
  incident_updates: updates,
});
const maintenance = (id: string, status: string) => ({
  id,
  name: `Maintenance ${id}`,
  status,
  impact: "maintenance",
  updated_at: "2026-01-01T09:00:00Z",
  incident_updates: [],
});
const summary = (incidents: unknown[] = [], maintenances: unknown[] = []) => ({ incidents, scheduled_maintenances: maintenances });

describe("the embed script's notice decision", () => {
  it("shows nothing when there is no unresolved incident and no maintenance in progress", () => {
    expect(logic.pickNotice(summary([], [maintenance("m1", "scheduled")]), ORIGIN, [])).toBeNull();
    expect(logic.pickNotice(summary([incident("i1", "resolved")]), ORIGIN, [])).toBeNull();
  });

  it("shows an unresolved incident with its latest update's status and a link to its page", () => {
    const updates = [update("u1", "investigating", "2026-01-01T10:00:00Z"), update("u2", "identified", "2026-01-01T10:20:00Z")];
    expect(logic.pickNotice(summary([incident("i1", "identified", updates)]), ORIGIN, [])).toEqual({
      kind: "incident",
      id: "i1",
      updateId: "u2",
      title: "Incident i1",
      status: "Identified",
      tone: "major",
      url: "https://status.example.com/incidents/i1",
    });
  });

  it("prefers an incident over maintenance in progress, and shows the maintenance when no incident is open", () => {
    const both = summary([incident("i1", "monitoring")], [maintenance("m1", "in_progress")]);
    expect(logic.pickNotice(both, ORIGIN, [])?.id).toBe("i1");
    const onlyMaintenance = logic.pickNotice(summary([], [maintenance("m1", "verifying")]), ORIGIN, []);
    expect(onlyMaintenance).toMatchObject({
      kind: "maintenance",
      status: "Verifying maintenance",
      tone: "maintenance",
      url: `${ORIGIN}/maintenance/m1`,
    });
  });

  it("stays dismissed for the same update and comes back when the incident gets a new update", () => {
    const first = summary([incident("i1", "investigating")]);
    const shown = logic.pickNotice(first, ORIGIN, [])!;
    const dismissed = logic.addDismissed([], logic.dismissalKey(shown));
    expect(logic.pickNotice(first, ORIGIN, dismissed)).toBeNull();

    const updated = summary([
      incident("i1", "identified", [
        update("i1-u2", "identified", "2026-01-01T11:00:00Z"),
        update("i1-u1", "investigating", "2026-01-01T10:00:00Z"),
      ]),
    ]);
    expect(logic.pickNotice(updated, ORIGIN, dismissed)).toMatchObject({ id: "i1", updateId: "i1-u2", status: "Identified" });
  });

  it("shows the next open incident once the first one is dismissed", () => {
    const two = summary([incident("i1", "investigating"), incident("i2", "investigating")]);
    const dismissed = [logic.dismissalKey(logic.pickNotice(two, ORIGIN, [])!)];
    expect(logic.pickNotice(two, ORIGIN, dismissed)?.id).toBe("i2");
  });

  it("tolerates a malformed summary", () => {
    expect(logic.pickNotice(null, ORIGIN, [])).toBeNull();
    expect(logic.pickNotice({ incidents: [{ id: "x", name: "X", status: "investigating" }] }, ORIGIN, [])).toMatchObject({
      id: "x",
      status: "Investigating",
    });
  });

  it("keeps the stored dismissals readable and bounded", () => {
    expect(logic.readDismissed(null)).toEqual([]);
    expect(logic.readDismissed("not json")).toEqual([]);
    expect(logic.readDismissed('{"a":1}')).toEqual([]);
    expect(logic.readDismissed('["a:1", 2]')).toEqual(["a:1"]);
    let list: string[] = [];
    for (let i = 0; i < 30; i++) list = logic.addDismissed(list, `i${i}:u`);
    expect(list).toHaveLength(20);
    expect(list.at(-1)).toBe("i29:u");
    expect(logic.addDismissed(["a", "b"], "a")).toEqual(["b", "a"]);
  });

  it("polls every 60 s by default and never more often than every 5 s", () => {
    expect(logic.readRefreshSeconds(null)).toBe(60);
    expect(logic.readRefreshSeconds("")).toBe(60);
    expect(logic.readRefreshSeconds("soon")).toBe(60);
    expect(logic.readRefreshSeconds("-3")).toBe(60);
    expect(logic.readRefreshSeconds("1")).toBe(5);
    expect(logic.readRefreshSeconds("30")).toBe(30);
  });
});
