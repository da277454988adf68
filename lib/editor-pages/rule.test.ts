import { describe, expect, it } from "vitest";
import { accessTo, componentsOutside, type EditorScope, mayChange, maySee, refusalOutside, UNLIMITED } from "./rule";

const internal: Extract<EditorScope, { limited: true }> = {
  limited: true,
  pageIds: ["p-internal"],
  pageNames: ["Internal"],
  allComponents: false,
  componentIds: new Set(["db"]),
  pickedIncidentIds: new Set(["picked"]),
  includesDefaultPage: false,
};

describe("the editor page limit", () => {
  it("leaves owners and unlimited editors free", () => {
    expect(mayChange(UNLIMITED, { kind: "layout" })).toBe(true);
    expect(mayChange(UNLIMITED, { kind: "component", componentIds: ["api"] })).toBe(true);
  });

  it("lets a limited editor change only what every named component puts on their pages", () => {
    expect(mayChange(internal, { kind: "incident", componentIds: ["db"] })).toBe(true);
    expect(mayChange(internal, { kind: "incident", componentIds: ["db", "api"] })).toBe(false);
    expect(mayChange(internal, { kind: "maintenance", componentIds: ["api"] })).toBe(false);
    expect(mayChange(internal, { kind: "component", componentIds: ["db"] })).toBe(true);
  });

  it("shows an incident naming one of their components, but refuses changing it while it names others", () => {
    const shared = { kind: "incident", componentIds: ["db", "api"] } as const;
    expect(maySee(internal, shared)).toBe(true);
    expect(mayChange(internal, shared)).toBe(false);
  });

  it("places an incident without components where it shows: on the pages that picked it, else the default page", () => {
    expect(mayChange(internal, { kind: "incident", componentIds: [], incidentId: "picked", pickedElsewhere: true })).toBe(true);
    expect(mayChange(internal, { kind: "incident", componentIds: [] })).toBe(false);
    expect(mayChange({ ...internal, includesDefaultPage: true }, { kind: "incident", componentIds: [] })).toBe(true);
    expect(mayChange({ ...internal, includesDefaultPage: true }, { kind: "incident", componentIds: [], pickedElsewhere: true })).toBe(
      false,
    );
  });

  it("keeps new components, groups and the order to editors whose page shows every component", () => {
    expect(mayChange(internal, { kind: "layout" })).toBe(false);
    expect(mayChange({ ...internal, allComponents: true }, { kind: "layout" })).toBe(true);
  });

  it("names the editor's pages in the refusal", () => {
    expect(refusalOutside(internal, { kind: "component", componentIds: ["api"] })).toBe(
      "Your account is limited to the pages Internal, and this component is not on them. Ask an owner.",
    );
  });

  it("opens an incident by its URL with its forms, read only, or not at all", () => {
    expect(accessTo(internal, { kind: "incident", componentIds: ["db"] })).toBe("change");
    expect(accessTo(internal, { kind: "incident", componentIds: ["db", "api"] })).toBe("see");
    expect(accessTo(internal, { kind: "incident", componentIds: ["api"] })).toBe("none");
    expect(accessTo(internal, { kind: "maintenance", componentIds: [] })).toBe("none");
    expect(accessTo(UNLIMITED, { kind: "maintenance", componentIds: ["api"] })).toBe("change");
  });

  it("names the components outside the editor's pages, none for the unlimited", () => {
    expect(componentsOutside(internal, ["db", "api", "web"])).toEqual(["api", "web"]);
    expect(componentsOutside(UNLIMITED, ["api"])).toEqual([]);
  });
});
