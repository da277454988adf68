import { describe, expect, it } from "vitest";
import { addNotice, isEmptyStoreChange, MAX_CHANGED_IDS, mergeStoreChange, noStoreChange } from "./store-change";

describe("what a change notice names", () => {
  it("incident and maintenance tables name ids; small tables name a part read whole", () => {
    const change = noStoreChange();
    addNotice(change, "IncidentUpdate:i1,i2");
    addNotice(change, "IncidentUpdateComponent:u1");
    addNotice(change, "MaintenanceComponent:m1");
    addNotice(change, "Component");
    addNotice(change, "ComponentStatusChange");
    expect(change).toMatchObject({ full: false, components: true, statusChanges: true, page: false });
    expect([...change.incidents]).toEqual(["i1", "i2"]);
    expect([...change.incidentUpdates]).toEqual(["u1"]);
    expect([...change.maintenances]).toEqual(["m1"]);
  });

  it("a reconnection, an unknown table, or an incident table without ids asks for everything", () => {
    for (const payload of [undefined, "", "Monitor", "Incident", "IncidentUpdate:"]) {
      const change = noStoreChange();
      addNotice(change, payload);
      expect(change.full, String(payload)).toBe(true);
    }
  });

  it("more ids than a partial read is worth ask for everything", () => {
    const change = noStoreChange();
    addNotice(change, `Incident:${Array.from({ length: 100 }, (_, k) => `a${k}`).join(",")}`);
    expect(change.full).toBe(false);
    const more = noStoreChange();
    addNotice(more, `Incident:${Array.from({ length: MAX_CHANGED_IDS }, (_, k) => `b${k}`).join(",")}`);
    const merged = mergeStoreChange(change, more);
    expect(merged.full).toBe(true);
    expect(merged.incidents.size).toBe(0); // nothing kept per id once everything is to be read
    addNotice(merged, "Incident:c1");
    expect(merged.incidents.size).toBe(0);
  });

  it("nothing noted is empty", () => {
    expect(isEmptyStoreChange(noStoreChange())).toBe(true);
  });
});
