// Editors limited to some pages: what such an editor may see and change. Pure, so the admin pages, the server
// actions and the admin API all ask the same question (the store side is scope.ts).
//
// A page holds a component when it shows every component, picked it, or picked its group (as lib/pages/page-view.ts
// says for readers). An incident is on a page when one of its components is, or, naming none, when the page picked
// it (the default page while no page did); maintenance naming no component is on the default page.
// Seeing needs one of the editor's pages; changing needs all of what the change names to be on them, so an editor of
// an internal page can't move a component a customer page shows.

export interface PageReach {
  /** The pages, by id, and their names for the refusal. */
  pageIds: string[];
  pageNames: string[];
  /** A page among them shows every component, present and future. */
  allComponents: boolean;
  componentIds: ReadonlySet<string>;
  /** Incidents without components that one of these pages picked. */
  pickedIncidentIds: ReadonlySet<string>;
  includesDefaultPage: boolean;
}

export type EditorScope = { limited: false } | ({ limited: true } & PageReach);

export const UNLIMITED: EditorScope = { limited: false };

/** What a change names: an incident (its id when it exists, for picks), maintenance, or components alone. */
export type ScopeTarget =
  | { kind: "incident"; componentIds: readonly string[]; incidentId?: string; pickedElsewhere?: boolean }
  | { kind: "maintenance"; componentIds: readonly string[] }
  | { kind: "component"; componentIds: readonly string[] }
  /** New components, groups and the order of both, which every page shares. */
  | { kind: "layout" };

const holds = (reach: PageReach, componentId: string) => reach.allComponents || reach.componentIds.has(componentId);

function bareIncidentOnPages(reach: PageReach, incidentId: string | undefined, pickedElsewhere: boolean | undefined): boolean {
  if (incidentId && reach.pickedIncidentIds.has(incidentId)) return true;
  // Picked by some page: it shows there only; picked by none: on the default page.
  return !pickedElsewhere && reach.includesDefaultPage;
}

/** May this editor change what `target` names? */
export function mayChange(scope: EditorScope, target: ScopeTarget): boolean {
  if (!scope.limited) return true;
  switch (target.kind) {
    case "layout":
      // Only an editor whose page already shows every component: anything else reaches pages they don't hold.
      return scope.allComponents;
    case "incident":
      if (target.componentIds.length === 0) return bareIncidentOnPages(scope, target.incidentId, target.pickedElsewhere);
      return target.componentIds.every((id) => holds(scope, id));
    case "maintenance":
      if (target.componentIds.length === 0) return scope.includesDefaultPage;
      return target.componentIds.every((id) => holds(scope, id));
    case "component":
      return target.componentIds.every((id) => holds(scope, id));
  }
}

/** May this editor see what `target` names (in an admin list)? */
export function maySee(scope: EditorScope, target: ScopeTarget): boolean {
  if (!scope.limited) return true;
  if (target.kind === "layout" || target.componentIds.length === 0) return mayChange(scope, target);
  return target.componentIds.some((id) => holds(scope, id));
}

/** How far an admin page goes for one incident or maintenance: its forms, read only, or the admin's 404. */
export type Access = "change" | "see" | "none";

export function accessTo(scope: EditorScope, target: ScopeTarget): Access {
  if (mayChange(scope, target)) return "change";
  return maySee(scope, target) ? "see" : "none";
}

/** The components a change names that none of the editor's pages holds (the fields a refusal names). */
export function componentsOutside(scope: EditorScope, componentIds: readonly string[]): string[] {
  return scope.limited ? componentIds.filter((id) => !holds(scope, id)) : [];
}

const WHAT: Record<ScopeTarget["kind"], string> = {
  incident: "this incident names components (or shows on pages) outside them",
  maintenance: "this maintenance names components outside them",
  component: "this component is not on them",
  layout: "new components, groups and their order are shared by every page",
};

/** The 403 a limited editor gets, naming their pages. */
export function refusalOutside(scope: Extract<EditorScope, { limited: true }>, target: ScopeTarget): string {
  return `Your account is limited to the pages ${scope.pageNames.join(", ")}, and ${WHAT[target.kind]}. Ask an owner.`;
}
