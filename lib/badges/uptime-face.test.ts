import { describe, expect, it } from "vitest";
import { BADGE_COLOR } from "./badge-palette";
import { uptimeFace } from "./uptime-face";

describe("uptimeFace", () => {
  it.each([
    [100, "100%", BADGE_COLOR.operational],
    [99.95, "99.95%", BADGE_COLOR.operational],
    [99.9, "99.90%", BADGE_COLOR.operational],
    [99.5, "99.50%", BADGE_COLOR.degraded],
    [97.123, "97.12%", BADGE_COLOR.partial_outage],
    [80, "80.00%", BADGE_COLOR.major_outage],
    [0, "0.00%", BADGE_COLOR.major_outage],
  ])("%s %% uptime reads %s in the colour of its threshold", (percent, message, color) => {
    expect(uptimeFace("API uptime", percent)).toEqual({ label: "API uptime", message, color });
  });

  it("a window with nothing observed is a grey 'no data'", () => {
    expect(uptimeFace("API uptime", null)).toEqual({ label: "API uptime", message: "no data", color: BADGE_COLOR.neutral });
  });
});
