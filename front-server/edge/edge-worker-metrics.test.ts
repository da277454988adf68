import cluster, { type Worker } from "node:cluster";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metricsWithEdgeWorkers } from "@/lib/telemetry/edge-metrics";
import { beaconMetrics, countRequest } from "@/lib/telemetry/metrics";
import { prepareResponse } from "../prepared-response";
import type { EdgeMessage } from "./edge-messages";

// Two real edge worker processes (node:cluster) serve a prepared page; the primary's /metrics exposition counts them.

const workerScript = fileURLToPath(new URL("../../lib/testing/edge-worker-process.ts", import.meta.url));
const count = (text: string, routeClass: string) =>
  Number(new RegExp(`^beacon_http_requests_total\\{route_class="${routeClass}",status="200"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);

describe("metrics of edge workers", () => {
  const workers: Worker[] = [];
  let port = 0;

  beforeAll(async () => {
    cluster.setupPrimary({ exec: workerScript, execArgv: ["--import", "tsx"], serialization: "advanced" });
    const page = prepareResponse(200, { "content-type": "text/html" }, Buffer.from("<h1>All systems operational</h1>"));
    for (let i = 0; i < 2; i++) {
      const worker = cluster.fork();
      workers.push(worker);
      const address = await new Promise<{ port: number }>((resolve) => worker.once("listening", resolve));
      port = address.port;
      // Who may read comes first, as the primary sends it: until then a worker forwards everything.
      worker.send({ type: "access", rules: [], viewerKey: undefined } satisfies EdgeMessage);
      worker.send({ type: "entry", key: "/", response: page } satisfies EdgeMessage);
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once("exit", resolve).kill())));
  });

  it("requests a worker served from its own memory appear in the primary's /metrics, summed with the primary's", async () => {
    const before = count(await beaconMetrics().registry.metrics(), "page");
    countRequest("page", 200); // one the primary answered itself
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } });
      expect(await response.text()).toContain("All systems operational");
    }
    const text = await metricsWithEdgeWorkers(beaconMetrics().registry);
    expect(count(text, "page")).toBe(before + 1 + 6);
    expect(text.match(/^# TYPE beacon_http_requests_total counter$/gm)).toHaveLength(1);
    expect(Number(/^beacon_process_resident_memory_bytes (\d+)/m.exec(text)?.[1])).toBeGreaterThan(0);
  });

  it("a worker that exited is left out and the scrape still answers", async () => {
    const stopped = workers.pop()!;
    await new Promise((resolve) => stopped.once("exit", resolve).kill());
    const text = await metricsWithEdgeWorkers(beaconMetrics().registry);
    expect(text).toMatch(/^beacon_http_requests_total\{route_class="page",status="200"\} \d+$/m);
  });
});
