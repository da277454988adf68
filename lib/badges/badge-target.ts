import { slugFromName } from "@/lib/components/slug";
import type { ComponentStatus } from "@/lib/generated/prisma/enums";
import type { ComponentSection, ComponentView } from "@/lib/status/queries";
import type { DayUptime } from "@/lib/status/uptime";

// What a badge URL's `<ref>` can name: a component on the public page, or a group of them.

export type BadgeTarget =
  | {
      kind: "component";
      id: string;
      name: string;
      status: ComponentStatus;
      days: readonly DayUptime[];
      /** A mirrored vendor that could not be read: the badge says "unknown", grey. */
      unknown?: boolean;
    }
  | { kind: "group"; id: string; name: string; status: ComponentStatus; slug: string };

type ShownComponent = Pick<ComponentView, "id" | "name" | "status" | "days"> & Partial<Pick<ComponentView, "thirdParty">>;
/** The parts of the page's sections a badge reads. */
export type BadgeSection =
  | (Pick<Extract<ComponentSection, { kind: "group" }>, "kind" | "id" | "name" | "status"> & { components: ShownComponent[] })
  | { kind: "component"; component: ShownComponent };

/** Every group and component the public page shows, with the status the page shows (a group's is its worst child's). */
export function badgeTargets(sections: readonly BadgeSection[]): BadgeTarget[] {
  return sections.flatMap((section): BadgeTarget[] => {
    const members = (section.kind === "group" ? section.components : [section.component]).map(
      (c): BadgeTarget => ({
        kind: "component",
        id: c.id,
        name: c.name,
        status: c.status,
        days: c.days,
        unknown: c.thirdParty?.unavailable === true,
      }),
    );
    if (section.kind === "component") return members;
    const { id, name, status } = section;
    return [{ kind: "group", id, name, status, slug: slugFromName(name) }, ...members];
  });
}

/**
 * The target `ref` names: an id first, then the component whose slug it is (`slugOwnerId`), then a group whose
 * name slugifies to it (groups have no stored slug; the first in page order wins). Hidden components are never found.
 */
export function findBadgeTarget(targets: readonly BadgeTarget[], ref: string, slugOwnerId: string | null): BadgeTarget | null {
  return (
    targets.find((t) => t.id === ref) ??
    targets.find((t) => t.kind === "component" && t.id === slugOwnerId) ??
    targets.find((t) => t.kind === "group" && t.slug === ref) ??
    null
  );
}
