import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { modelFixture } from "@/lib/testing/model-fixture";
import { PUBLIC_MODEL_FORMAT } from "./model";
import { loadSavedModel, MODEL_FILE, parseModel, saveModel, serializeModel, serializeModelInSlices } from "./persist";

const tempDir = () => mkdtemp(path.join(os.tmpdir(), "beacon-model-"));

describe("the public model on disk", () => {
  it("comes back equal after a restart, dates as dates and texts that look like dates as texts", async () => {
    const dir = await tempDir();
    const model = modelFixture();
    model.incidents[0].updates[0].body = "2026-11-24T10:00:00.000Z";
    await saveModel(dir, model);
    const restored = await loadSavedModel(dir);
    expect(restored).toEqual(model);
    expect(restored?.asOf).toBeInstanceOf(Date);
    expect(restored?.incidents[0].updates[0].body).toBe("2026-11-24T10:00:00.000Z");
  });

  it("is written atomically: a temporary file renamed over the old one, never left behind", async () => {
    const dir = await tempDir();
    await saveModel(dir, modelFixture());
    const second = { ...modelFixture(), lastAuditAt: null };
    await saveModel(dir, second);
    expect(await readdir(dir)).toEqual([MODEL_FILE]);
    expect((await loadSavedModel(dir))?.lastAuditAt).toBeNull();
  });

  it("ignores a file cut short or altered, with one log line, and never serves it", async () => {
    const dir = await tempDir();
    await saveModel(dir, modelFixture());
    const file = path.join(dir, MODEL_FILE);
    const text = await readFile(file, "utf8");
    const logged: string[] = [];

    await writeFile(file, text.slice(0, text.length - 100));
    expect(await loadSavedModel(dir, (line) => logged.push(line))).toBeNull();
    await writeFile(file, text.replace("Slow API", "Fast API"));
    expect(await loadSavedModel(dir, (line) => logged.push(line))).toBeNull();
    await writeFile(file, "{not json");
    expect(await loadSavedModel(dir, (line) => logged.push(line))).toBeNull();
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatch(/ignoring .*public-model\.json: checksum mismatch/);
  });

  it("ignores a file of another format, saying which", async () => {
    const text = serializeModel(modelFixture());
    const older = text.replace(`"format":${PUBLIC_MODEL_FORMAT}`, `"format":${PUBLIC_MODEL_FORMAT - 1}`);
    expect(parseModel(older)).toEqual({ ok: false, reason: `format ${PUBLIC_MODEL_FORMAT - 1}, expected ${PUBLIC_MODEL_FORMAT}` });
  });

  it("is written in slices as the same text, also after a change that shares the unchanged incidents", async () => {
    const model = modelFixture();
    expect(await serializeModelInSlices(model)).toBe(serializeModel(model));
    const [first, ...rest] = model.incidents;
    const changed = { ...model, asOf: new Date(model.asOf.getTime() + 1_000), incidents: [{ ...first, name: "Renamed" }, ...rest] };
    const text = await serializeModelInSlices(changed);
    expect(text).toBe(serializeModel(changed));
    expect(parseModel(text)).toEqual({ ok: true, model: changed });
  });

  it("starts with nothing when nothing was kept", async () => {
    const logged: string[] = [];
    expect(await loadSavedModel(await tempDir(), (line) => logged.push(line))).toBeNull();
    expect(logged).toEqual([]);
  });
});
