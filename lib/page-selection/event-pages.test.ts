import { describe, expect, it } from "vitest";
import { type PageSelection, pagesShowingEvent } from "./event-pages";

const page = (id: string, selection: Partial<PageSelection> = {}): PageSelection => ({
  id,
  showAllComponents: false,
  componentIds: [],
  groupIds: [],
  incidentIds: [],
  ...selection,
});
const pages = [
  page("page", { showAllComponents: true }),
  page("customers", { componentIds: ["api"] }),
  page("region", { groupIds: ["eu"], incidentIds: ["i-picked"] }),
];

describe("the pages an event shows on", () => {
  it("an event on a shared component shows on every page showing it; one on an internal component only where shown", () => {
    expect(pagesShowingEvent(pages, "page", { components: [{ id: "api", groupId: null }] })).toEqual(["page", "customers"]);
    expect(pagesShowingEvent(pages, "page", { components: [{ id: "db", groupId: null }] })).toEqual(["page"]);
  });

  it("a component in a picked group shows on that group's page", () => {
    expect(pagesShowingEvent(pages, "page", { components: [{ id: "eu-api", groupId: "eu" }] })).toEqual(["page", "region"]);
  });

  it("an incident without components shows where an admin picked it, else on the default page; other events on the default page", () => {
    expect(pagesShowingEvent(pages, "page", { components: [], incidentId: "i-picked" })).toEqual(["region"]);
    expect(pagesShowingEvent(pages, "page", { components: [], incidentId: "i-other" })).toEqual(["page"]);
    expect(pagesShowingEvent(pages, "page", { components: [] })).toEqual(["page"]);
  });
});
