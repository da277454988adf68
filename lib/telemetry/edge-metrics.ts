// Metrics of the edge worker processes (node:cluster, front-server/edge): each keeps its own small registry, and the
// primary asks every worker for it when /metrics is scraped, then sums it into its own (prom-client's aggregation).
// Plain IPC messages rather than AggregatorRegistry.clusterMetrics(): Next and the front server each load a copy of
// prom-client, and two copies of its cluster listener would each receive (and trip over) the other's replies.
// No server-only import: edge workers load this outside Next.
import cluster from "node:cluster";
import { AggregatorRegistry, collectDefaultMetrics, Registry } from "prom-client";
import { requestsCounter } from "./metrics";

type MetricsJson = Awaited<ReturnType<Registry["getMetricsAsJSON"]>>;
type EdgeMetricsMessage =
  | { type: "beacon:metrics-request"; id: number }
  | { type: "beacon:metrics-reply"; id: number; metrics: MetricsJson };

const REQUEST = "beacon:metrics-request";
const REPLY = "beacon:metrics-reply";

/** In an edge worker: its registry (requests it answered itself, process memory), answered on the primary's request. */
export function startEdgeWorkerMetrics(): { countRequest: (routeClass: string, status: number) => void } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "beacon_" });
  const requests = requestsCounter([registry]);
  process.on("message", (message: EdgeMetricsMessage) => {
    if (message?.type !== REQUEST) return;
    void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: REPLY, id: message.id, metrics }));
  });
  return { countRequest: (routeClass, status) => requests.inc({ route_class: routeClass, status: String(status) }) };
}

let nextId = 0;

/** In the primary: every connected worker's metrics; a worker that does not answer in time is left out. */
export async function collectEdgeWorkerMetrics(timeoutMs = 1_000): Promise<MetricsJson[]> {
  if (!cluster.isPrimary) return [];
  const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker?.isConnected());
  const replies = workers.map(
    (worker) =>
      new Promise<MetricsJson | undefined>((resolve) => {
        const id = nextId++;
        const done = (metrics?: MetricsJson) => {
          clearTimeout(timer);
          worker!.off("message", onMessage);
          resolve(metrics);
        };
        const onMessage = (message: EdgeMetricsMessage) => {
          if (message?.type === REPLY && message.id === id) done(message.metrics);
        };
        const timer = setTimeout(() => done(), timeoutMs);
        worker!.on("message", onMessage);
        worker!.send({ type: REQUEST, id } satisfies EdgeMetricsMessage);
      }),
  );
  return (await Promise.all(replies)).filter((metrics) => metrics !== undefined);
}

/** The exposition of `registry` with every edge worker's metrics summed in (counters add up; memory is the total). */
export async function metricsWithEdgeWorkers(registry: Registry): Promise<string> {
  const workers = await collectEdgeWorkerMetrics();
  if (workers.length === 0) return registry.metrics();
  return AggregatorRegistry.aggregate([await registry.getMetricsAsJSON(), ...workers]).metrics();
}
