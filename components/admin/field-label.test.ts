import { describe, expect, it } from "vitest";
import { fieldLabelOf } from "./field-label";

describe("fieldLabelOf", () => {
  it("reads a field's name as words", () => {
    expect(fieldLabelOf("message")).toBe("Message");
    expect(fieldLabelOf("scheduledFor")).toBe("Scheduled for");
    expect(fieldLabelOf("componentStatuses.0.componentId")).toBe("Component statuses");
  });
  it("drops an id suffix: a group's id is the group, a list of ids the things", () => {
    expect(fieldLabelOf("groupId")).toBe("Group");
    expect(fieldLabelOf("componentIds.1")).toBe("Components");
  });
});
