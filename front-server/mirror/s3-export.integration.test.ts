import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import S3rver from "s3rver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MirrorFailingNotice } from "@/components/admin/mirror-failing-notice";
import type { S3MirrorSettings } from "@/lib/mirror/mirror-settings";
import { assessReadiness } from "@/lib/ops/readiness";
import type { PublicSurfaceBridge } from "@/lib/public-surface/bridge";
import { mirrorSignals } from "@/lib/telemetry/mirror-signals";
import { PublicCache, type RenderedResponse } from "../public-cache";
import { MirrorExporter } from "./mirror-exporter";
import type { MirrorObject } from "./mirror-objects";
import type { MirrorTarget } from "./mirror-target";
import { s3Target } from "./s3-target";

// The exporter against a real S3 API (s3rver), through the real AWS SDK: every object read back with its headers,
// a change writes only what changed, a removed incident's objects are deleted, a refusing bucket changes nothing
// for readers and says why. The pages come from an in-test model through a real PublicCache.

const BUCKET = "status-mirror";
const PREFIX = "site/";
// s3rver's built-in account.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let server: S3rver;
let dir: string;
let settings: S3MirrorSettings;
let client: S3Client;

const incidents = new Map<string, string>();
let bridge: PublicSurfaceBridge;

function refsOfModel(): PublicSurfaceBridge["refs"] {
  return {
    incidents: new Set(incidents.keys()),
    maintenances: new Set(),
    components: new Set(["api"]),
    historyPages: 1,
    slugs: ["api"],
    componentIds: [],
  };
}

/** Pages of the in-test model: the front page and history list incidents, each incident has its page. */
async function render(key: string): Promise<RenderedResponse> {
  const url = new URL(key, "http://beacon.test");
  const html = (body: string) => ({
    status: 200,
    headers: [["content-type", "text/html; charset=utf-8"]] as [string, string][],
    body: Buffer.from(body),
  });
  const padding = "<p>Beacon keeps this page current.</p>".repeat(10);
  const list = [...incidents].map(([id, title]) => `<li><a href="/incidents/${id}">${title}</a></li>`).join("");
  const incident = /^\/incidents\/([^/.]+)(\.md)?$/.exec(url.pathname);
  if (incident) {
    const title = incidents.get(incident[1]);
    if (!title) return { status: 404, headers: [["content-type", "text/html"]], body: Buffer.from("not found") };
    return html(`<h1>${title}</h1>${padding}`);
  }
  if (url.pathname === "/" || url.pathname === "/history") return html(`<ul>${list}</ul>${padding}`);
  if (url.pathname === "/api/v2/status.json") {
    return {
      status: 200,
      headers: [["content-type", "application/json"]],
      body: Buffer.from(JSON.stringify({ page: { updated_at: String(incidents.size) } })),
    };
  }
  const type = url.pathname.endsWith(".svg")
    ? "image/svg+xml"
    : url.pathname.endsWith(".json")
      ? "application/json"
      : "text/plain; charset=utf-8";
  return { status: 200, headers: [["content-type", type]], body: Buffer.from(`${key} `.repeat(url.pathname.length)) };
}

const asset: MirrorObject = {
  name: "_next/static/chunks/app.js",
  body: Buffer.from("console.log(1)"),
  contentType: "application/javascript; charset=utf-8",
  cacheControl: "public, max-age=31536000, immutable",
  hash: "asset-v1",
};

function change(mutate: () => void) {
  mutate();
  bridge.refs = refsOfModel();
  bridge.version += 1;
  for (const listener of bridge.listeners) listener();
}

/** Records what each export wrote, around the real target. */
function recording(target: MirrorTarget) {
  const puts: string[] = [];
  return {
    puts,
    target: {
      ...target,
      put: (object: MirrorObject) => {
        puts.push(object.name);
        return target.put(object);
      },
    },
  };
}

async function listKeys(): Promise<string[]> {
  const answer = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX }));
  return (answer.Contents ?? []).map((object) => object.Key!.slice(PREFIX.length)).sort();
}

async function readBack(name: string) {
  const answer = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: PREFIX + name }));
  return { answer, body: Buffer.from(await answer.Body!.transformToByteArray()) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "beacon-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as AddressInfo;
  settings = {
    bucket: BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    prefix: PREFIX,
    credentials: CREDENTIALS,
    forcePathStyle: true,
  };
  client = new S3Client({ region: "us-east-1", endpoint: settings.endpoint, forcePathStyle: true, credentials: CREDENTIALS });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  mirrorSignals().targets = {};
  incidents.clear();
  incidents.set("inc1", "Search is slow").set("inc2", "Login fails");
  bridge = { version: 1, storeVersion: 1, storeHealthy: true, lastHealthyAt: Date.now(), listeners: new Set(), refs: refsOfModel() };
});

describe("exporting to an S3-compatible bucket", () => {
  it("writes every object with its headers, then only what changed, and deletes a removed incident's objects", async () => {
    const cache = new PublicCache({ bridge, render });
    const { puts, target } = recording(s3Target(settings));
    const exporter = new MirrorExporter({ target, bridge, lookup: (key) => cache.lookup(key), assets: async () => [asset] });

    await exporter.exportNow();
    const status = mirrorSignals().targets.s3;
    expect(status.lastError).toBeNull();
    expect(status.lastSuccessAt).not.toBeNull();
    const keys = await listKeys();
    expect(keys).toEqual(
      expect.arrayContaining([
        "index.html",
        "index.html.br",
        "index.html.gz",
        "incidents/inc1",
        "incidents/inc2.md",
        "history@page=1",
        "badge/api.svg",
        "api/v2/status.json",
        asset.name,
        ".beacon-mirror.json",
      ]),
    );
    expect(puts.at(-1)).toBe("index.html"); // the index last: nothing it links to is missing when it appears
    expect(status.objects).toBe(keys.length - 1); // the manifest itself is not counted

    const index = await readBack("index.html");
    expect(index.answer.ContentType).toBe("text/html; charset=utf-8");
    expect(index.answer.CacheControl).toMatch(/max-age|no-cache/);
    expect(index.answer.ContentEncoding).toBeUndefined();
    expect(index.body.toString()).toContain("Search is slow");
    const gz = await readBack("index.html.gz");
    expect(gz.answer.ContentEncoding).toBe("gzip");
    expect(gz.answer.ContentType).toBe("text/html; charset=utf-8");
    expect(gunzipSync(gz.body).equals(index.body)).toBe(true);
    const br = await readBack("index.html.br");
    expect(br.answer.ContentEncoding).toBe("br");
    expect(brotliDecompressSync(br.body).equals(index.body)).toBe(true);
    expect((await readBack("badge/api.svg")).answer.ContentType).toBe("image/svg+xml");
    expect((await readBack(asset.name)).answer.CacheControl).toBe("public, max-age=31536000, immutable");
    const statusJson = JSON.parse((await readBack("api/v2/status.json")).body.toString());
    expect(statusJson.page.updated_at).toBe("2");
    expect(Date.parse(statusJson.mirror.exported_at)).toBeGreaterThan(0);

    // One incident renamed: its page, the lists that show it and status.json (the export time) are written again.
    puts.length = 0;
    change(() => incidents.set("inc1", "Search is slow in Europe"));
    await exporter.exportNow();
    const rewritten = new Set(puts.map((name) => name.replace(/\.(br|gz)$/, "")));
    expect([...rewritten].sort()).toEqual([
      "api/v2/status.json",
      "history",
      "history@page=1",
      "incidents/inc1",
      "incidents/inc1.md",
      "index.html",
    ]);
    expect((await readBack("incidents/inc1")).body.toString()).toContain("Search is slow in Europe");

    // One incident removed: every object of it is deleted.
    change(() => incidents.delete("inc2"));
    await exporter.exportNow();
    const after = await listKeys();
    expect(after.filter((name) => name.includes("inc2"))).toEqual([]);
    expect(after).toContain("incidents/inc1");
    expect(mirrorSignals().targets.s3.removed).toBe(keys.filter((name) => name.includes("inc2")).length);
    await exporter.stop();
  });

  it("a bucket that refuses writes: readers are served as before, and readiness and the admin notice say why", async () => {
    const cache = new PublicCache({ bridge, render });
    const refusing = s3Target({ ...settings, credentials: { accessKeyId: "REVOKED-KEY", secretAccessKey: "S3RVER" } });
    const exporter = new MirrorExporter({
      target: refusing,
      bridge,
      lookup: (key) => cache.lookup(key),
      assets: async () => [asset],
      retryFirstMs: 60_000,
    });

    await exporter.exportNow();
    const status = mirrorSignals().targets.s3;
    expect(status.lastError).toMatch(/access key/i);
    expect(status.lastSuccessAt).toBeNull();
    expect(status.consecutiveFailures).toBe(1);

    // Beacon answers from its prepared surface at once, whatever the bucket does.
    const started = performance.now();
    const front = await cache.lookup("/");
    expect(front?.kind).toBe("prepared");
    expect(front?.response.body.toString()).toContain("Search is slow");
    expect(performance.now() - started).toBeLessThan(50);

    const now = new Date();
    const signals = { processStartedAt: now.getTime(), jobTicks: {}, snapshotFreshAt: now.getTime() };
    const store = { reachable: true as const, pendingMigrations: [] };
    const without = assessReadiness({ store, signals, now });
    const withMirror = assessReadiness({ store, signals, now, mirror: mirrorSignals() });
    expect(withMirror.ready).toBe(without.ready); // a failing mirror never takes Beacon out of its load balancer
    const check = withMirror.checks.find((c) => c.name === "mirror:s3");
    expect(check).toMatchObject({ ok: false, advisory: true });
    expect(check?.detail).toMatch(/^failing: .*access key.*; never exported$/i);

    const notice = renderToStaticMarkup(createElement(MirrorFailingNotice));
    expect(notice).toContain("The static mirror (s3) is not being updated");
    expect(notice).toMatch(/access key/i);
    expect(notice).toContain("Last successful export: never");
    await exporter.stop();
  });
});
