import { describe, expect, it } from "vitest";
import type { PublicRefs } from "@/lib/public-surface/bridge";
import { isMirrored, type MirroredPage, mirrorKeysOf } from "./mirror-surface";

const refs: PublicRefs = {
  incidents: new Set(["inc1", "inc2"]),
  maintenances: new Set(["mnt1"]),
  components: new Set(["c1", "api", "g1", "core"]),
  historyPages: 2,
  slugs: ["api", "core"],
  componentIds: ["c1"],
};
const page: MirroredPage = { name: "status page", pathPrefix: "", visibility: "public", refs };

describe("mirrorKeysOf", () => {
  const keys = mirrorKeysOf(page);

  it("holds every incident, maintenance, history page and component's badges and feeds, by canonical key", () => {
    for (const key of [
      "/",
      "/history",
      "/history?page=1",
      "/history?page=2",
      "/incidents/inc1",
      "/incidents/inc2.md",
      "/maintenance/mnt1",
      "/badge/api.svg",
      "/badge/core/uptime.svg",
      "/history.atom?component=core",
      "/api/v2/summary.json",
      "/api/v2/status.json",
      "/api/v2/components/c1/response-times.json?range=30d",
      "/embed?theme=dark",
      "/embed.js",
      "/maintenance.ics",
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it("holds no key twice and no tracking parameter", () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => key.includes("utm_") || key.includes("_rsc"))).toBe(false);
  });

  it("exports nothing before the model is known, and never a private page", () => {
    expect(mirrorKeysOf({ ...page, refs: undefined })).toEqual([]);
    expect(isMirrored({ ...page, visibility: "private" })).toBe(false);
    expect(isMirrored(page)).toBe(true);
  });
});
