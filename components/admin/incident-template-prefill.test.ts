import { describe, expect, it } from "vitest";
import { type IncidentTemplateChoice, incidentFormValuesFrom } from "./incident-template-prefill";

const template: IncidentTemplateChoice = {
  id: "t1",
  name: "Backend API down",
  title: "Backend API unavailable",
  impact: "critical",
  status: "identified",
  body: "We know why.",
  componentIds: ["api", "deleted-since"],
};

describe("incidentFormValuesFrom", () => {
  it("a template fills the incident's name, impact, status and first update, and puts its components at major outage", () => {
    expect(incidentFormValuesFrom(template, ["api", "frontend"])).toEqual({
      name: "Backend API unavailable",
      impact: "critical",
      status: "identified",
      message: "We know why.",
      "component:api": "major_outage",
    });
  });

  it("a component deleted since the template was saved is left out", () => {
    expect(incidentFormValuesFrom(template, [])).not.toHaveProperty("component:deleted-since");
  });
});
