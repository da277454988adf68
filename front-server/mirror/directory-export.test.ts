import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareResponse } from "../prepared-response";
import { directoryTarget } from "./directory-target";
import { objectsOfResponse } from "./mirror-objects";
import type { MirrorTarget } from "./mirror-target";
import { publish } from "./publish";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "beacon-mirror-dir-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (key: string, text: string) =>
  objectsOfResponse(
    key,
    prepareResponse(
      200,
      { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0" },
      Buffer.from(text.repeat(100)),
    ),
  );

function recording(target: MirrorTarget) {
  const order: string[] = [];
  return {
    order,
    target: {
      ...target,
      put: async (object: Parameters<MirrorTarget["put"]>[0]) => {
        order.push(object.name);
        await target.put(object);
      },
    },
  };
}

describe("publishing to a folder", () => {
  it("writes pages with their siblings, the index last, and only what changed the next time, even after a restart", async () => {
    const { order, target } = recording(directoryTarget(dir));
    const first = [...page("/", "front "), ...page("/incidents/a", "incident a "), ...page("/history?page=2", "older ")];
    const result = await publish(target, first, null);
    expect(result.uploaded).toBe(9);
    expect(order.at(-1)).toBe("index.html");
    expect(await readFile(path.join(dir, "history@page=2"), "utf8")).toMatch(/^older /);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    // A new process knows nothing: the manifest in the folder says what is there already.
    order.length = 0;
    const second = [...page("/", "front "), ...page("/incidents/a", "incident a, resolved "), ...page("/history?page=2", "older ")];
    const again = await publish(target, second, null);
    expect(order.sort()).toEqual(["incidents/a", "incidents/a.br", "incidents/a.gz"]);
    expect(again.uploaded).toBe(3);
  });

  it("deletes a removed incident's files and its emptied folder, but keeps what could not be read this time", async () => {
    const target = directoryTarget(dir);
    const before = await publish(
      target,
      [...page("/", "front "), ...page("/incidents/a", "incident a "), ...page("/maintenance/m", "maintenance m ")],
      null,
    );
    const keep = new Set(["maintenance/m", "maintenance/m.gz", "maintenance/m.br"]);
    const after = await publish(target, page("/", "front "), before.manifest, keep);
    expect(after.removed).toBe(3);
    expect(await readdir(dir)).not.toContain("incidents");
    expect(await readdir(path.join(dir, "maintenance"))).toEqual(["m", "m.br", "m.gz"]);
    expect(Object.keys(after.manifest)).toEqual(expect.arrayContaining([...keep]));
  });
});
