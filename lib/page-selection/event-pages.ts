// Which pages an event shows on, by the rules of a page's view (lib/pages/page-view.ts), for the outbox: a subscriber of a
// page hears only of what that page shows. Plain data in, page ids out.

export interface PageSelection {
  id: string;
  /** Every component and group, present and future. */
  showAllComponents: boolean;
  componentIds: readonly string[];
  groupIds: readonly string[];
  /** Incidents without components an admin picked for this page. */
  incidentIds: readonly string[];
}

export interface EventScope {
  /** The components the event names (with their group). */
  components: readonly { id: string; groupId: string | null }[];
  /** Set for an incident's events: one without components shows where an admin picked it. */
  incidentId?: string;
}

/** Whether the page shows the component: picked, in a picked group, or the page shows everything. */
export function pageShowsComponent(page: Omit<PageSelection, "id" | "incidentIds">, component: { id: string; groupId: string | null }) {
  return (
    page.showAllComponents ||
    page.componentIds.includes(component.id) ||
    (component.groupId !== null && page.groupIds.includes(component.groupId))
  );
}

/**
 * The ids of the pages showing the event. An event naming components shows on every page showing one of them; an
 * incident naming none on the pages that picked it, else on the default page; any other event naming none (a
 * maintenance without components) on the default page.
 */
export function pagesShowingEvent(pages: readonly PageSelection[], defaultPageId: string, event: EventScope): string[] {
  if (event.components.length > 0)
    return pages.filter((page) => event.components.some((c) => pageShowsComponent(page, c))).map((page) => page.id);
  const picked = event.incidentId ? pages.filter((page) => page.incidentIds.includes(event.incidentId!)).map((page) => page.id) : [];
  return picked.length > 0 ? picked : [defaultPageId];
}
