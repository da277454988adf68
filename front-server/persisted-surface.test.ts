import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSurface, saveSurface } from "./persisted-surface";
import { prepareResponse } from "./prepared-response";

describe("the public surface on disk", () => {
  it("comes back byte for byte after a restart", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-surface-"));
    const response = prepareResponse(200, { "content-type": "text/html" }, Buffer.from("<p>All Systems Operational</p>"));
    await saveSurface(dir, [{ key: "/", response, asOf: 1_700_000_000_000 }]);
    const [restored] = await loadSurface(dir);
    expect(restored.key).toBe("/");
    expect(restored.asOf).toBe(1_700_000_000_000);
    expect(restored.response.body.toString()).toBe("<p>All Systems Operational</p>");
    expect(restored.response.tag).toBe(response.tag);
  });

  it("starts empty when nothing was kept or the file is unreadable", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "beacon-surface-"));
    expect(await loadSurface(dir)).toEqual([]);
    await writeFile(path.join(dir, "public-surface.json"), "{not json");
    expect(await loadSurface(dir)).toEqual([]);
  });
});
