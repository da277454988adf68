import { describe, expect, it } from "vitest";
import { neutralFace, statusFace } from "./badge-palette";
import { renderShieldsEndpoint, SHIELDS_ENDPOINT_KEYS } from "./shields-endpoint";

describe("renderShieldsEndpoint", () => {
  it("carries schemaVersion 1 and only keys shields' endpoint badge accepts", () => {
    const json = renderShieldsEndpoint(statusFace("status", "degraded"), { style: "flat-square", theme: "dark" }, true);
    for (const key of Object.keys(json)) expect(SHIELDS_ENDPOINT_KEYS).toContain(key);
    expect(json).toEqual({
      schemaVersion: 1,
      label: "status",
      message: "degraded",
      color: "#fbbf24",
      labelColor: "#24292f",
      cacheSeconds: 300,
      isError: true,
      style: "flat-square",
    });
  });

  it("leaves style to the embedding shields URL and omits isError when the badge is good", () => {
    const json = renderShieldsEndpoint(statusFace("status", "operational"));
    expect(Object.keys(json).sort()).toEqual(["cacheSeconds", "color", "label", "labelColor", "message", "schemaVersion"]);
  });

  it("a failure keeps its grey message", () => {
    expect(renderShieldsEndpoint(neutralFace("status", "unknown"), {}, true)).toMatchObject({
      message: "unknown",
      color: "#6e7781",
      isError: true,
    });
  });
});
