// The page's order: groups and ungrouped components share the top level; a group's components have their own list.

export type MoveDirection = "up" | "down";

export interface OrderedEntry {
  kind: "group" | "component";
  id: string;
  name: string;
  position: number;
}

/** The list as the public page shows it: by position; ties put groups first, then go by name. */
export function sortEntries<T extends OrderedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => a.position - b.position || (a.kind === b.kind ? 0 : a.kind === "group" ? -1 : 1) || a.name.localeCompare(b.name),
  );
}

export type MoveDecision<T> = { kind: "moved"; order: T[] } | { kind: "at_edge" } | { kind: "not_in_list" };

/** The list with the entry `id` moved one place up or down; moving past either end changes nothing. */
export function moveEntry<T extends { id: string }>(order: readonly T[], id: string, direction: MoveDirection): MoveDecision<T> {
  const index = order.findIndex((entry) => entry.id === id);
  if (index < 0) return { kind: "not_in_list" };
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= order.length) return { kind: "at_edge" };
  const moved = [...order];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return { kind: "moved", order: moved };
}

/** Positions 0…n-1 in list order, so a list never has gaps or ties. */
export function densePositions<T extends OrderedEntry>(order: readonly T[]): T[] {
  return order.map((entry, position) => ({ ...entry, position }));
}
