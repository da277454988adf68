import { describe, expect, it } from "vitest";
import type { PublicModel } from "@/lib/public-model/model";
import { modelFixture } from "@/lib/testing/model-fixture";
import { pageViewOf } from "./page-view";

// A page that shows some components names only those in the incidents it shows: a customers' page never tells its
// readers the name of a component only another page shows.

function withCustomersPage(model: PublicModel): PublicModel {
  const customers = {
    ...model.page,
    id: "customers",
    slug: "customers",
    name: "For customers",
    showAllComponents: false,
    componentIds: ["api"],
  };
  const withChange = model.incidents.map((incident) =>
    incident.id === "open1"
      ? {
          ...incident,
          updates: incident.updates.map((update, k) =>
            k === 0
              ? {
                  ...update,
                  componentChanges: [
                    ...update.componentChanges,
                    {
                      componentId: "internal",
                      componentName: "Billing database",
                      oldStatus: "operational" as const,
                      newStatus: "major_outage" as const,
                    },
                  ],
                }
              : update,
          ),
        }
      : incident,
  );
  return { ...model, incidents: withChange, pages: [model.page, customers] };
}

describe("a page's view of an incident", () => {
  it("names only the page's own components, in the incident and in its updates' status changes", () => {
    const model = withCustomersPage(modelFixture());
    const view = pageViewOf(model, "customers")!;
    const incident = view.incidents.find((i) => i.id === "open1")!;
    expect(incident.componentIds).toEqual(["api"]);
    expect(incident.updates.flatMap((u) => u.componentChanges.map((c) => c.componentName))).toEqual(["Public API"]);
    expect(JSON.stringify(view.incidents)).not.toContain("Billing database");
  });

  it("leaves the default page, which shows every component, naming them all", () => {
    const model = withCustomersPage(modelFixture());
    const incident = pageViewOf(model, "page")!.incidents.find((i) => i.id === "open1")!;
    expect(incident.componentIds).toEqual(["api", "internal"]);
    expect(JSON.stringify(incident)).toContain("Billing database");
  });
});
