import { describe, expect, it } from "vitest";
import { densePositions, moveEntry, type OrderedEntry, sortEntries } from "./ordering";

const entry = (kind: OrderedEntry["kind"], id: string, position: number, name = id): OrderedEntry => ({ kind, id, name, position });

describe("sortEntries", () => {
  it("orders by position and puts a group before a component at the same position", () => {
    const sorted = sortEntries([entry("component", "c", 1), entry("component", "b", 0), entry("group", "g", 1)]);
    expect(sorted.map((e) => e.id)).toEqual(["b", "g", "c"]);
  });

  it("breaks remaining ties by name", () => {
    const sorted = sortEntries([entry("component", "1", 0, "Zeta"), entry("component", "2", 0, "Alpha")]);
    expect(sorted.map((e) => e.name)).toEqual(["Alpha", "Zeta"]);
  });
});

describe("moveEntry", () => {
  const list = [entry("group", "a", 0), entry("component", "b", 1), entry("component", "c", 2)];

  it("moving up swaps the entry with the one above it", () => {
    const decision = moveEntry(list, "b", "up");
    expect(decision.kind === "moved" && decision.order.map((e) => e.id)).toEqual(["b", "a", "c"]);
  });

  it("moving down swaps the entry with the one below it", () => {
    const decision = moveEntry(list, "b", "down");
    expect(decision.kind === "moved" && decision.order.map((e) => e.id)).toEqual(["a", "c", "b"]);
  });

  it("moving the first entry up or the last entry down changes nothing", () => {
    expect(moveEntry(list, "a", "up")).toEqual({ kind: "at_edge" });
    expect(moveEntry(list, "c", "down")).toEqual({ kind: "at_edge" });
  });

  it("an id that is not in the list is reported as such", () => {
    expect(moveEntry(list, "zz", "up")).toEqual({ kind: "not_in_list" });
  });
});

describe("densePositions", () => {
  it("numbers the list 0 to n-1 in its order, closing gaps", () => {
    const dense = densePositions([entry("component", "x", 4), entry("component", "y", 9)]);
    expect(dense.map((e) => e.position)).toEqual([0, 1]);
  });
});
