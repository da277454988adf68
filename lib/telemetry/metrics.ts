// Beacon's Prometheus metrics: one registry per process. Next bundles its own copy of every module and the front
// server loads another, so the registry and its metrics live on globalThis (as lib/public-surface/bridge.ts does),
// and this file has no server-only import: the front server loads it outside Next.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { registerMirrorMetrics } from "./mirror-metrics";
import { readinessSignals } from "./readiness-signals";

export interface BeaconMetrics {
  registry: Registry;
  requests: Counter<"route_class" | "status">;
  renders: Counter<"route_class">;
  monitorChecks: Counter<"kind" | "result">;
  monitorCheckLag: Histogram<"kind">;
  notificationsSent: Counter<"channel">;
  outboxPending: Gauge;
  deliveriesFailed: Gauge;
  storeBreaker: Gauge<"state">;
}

const holder = globalThis as typeof globalThis & { __beaconMetrics?: BeaconMetrics };

export function beaconMetrics(): BeaconMetrics {
  holder.__beaconMetrics ??= createMetrics();
  return holder.__beaconMetrics;
}

function createMetrics(): BeaconMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "beacon_" }); // process memory, CPU, event loop lag, GC
  const registers = [registry];
  new Gauge({
    name: "beacon_public_snapshot_age_seconds",
    help: "Seconds since the public snapshot was last known to reflect the store",
    registers,
    collect() {
      const at = readinessSignals().snapshotFreshAt;
      if (at !== null) this.set(Math.max(0, (Date.now() - at) / 1000));
    },
  });
  registerMirrorMetrics(registers);
  return {
    registry,
    requests: requestsCounter(registers),
    renders: new Counter({
      name: "beacon_public_renders_total",
      help: "Public pages and documents rendered from the store (not served from prepared bytes)",
      labelNames: ["route_class"],
      registers,
    }),
    monitorChecks: new Counter({
      name: "beacon_monitor_checks_total",
      help: "Monitor checks recorded, by monitor kind and result (up or down)",
      labelNames: ["kind", "result"],
      registers,
    }),
    monitorCheckLag: new Histogram({
      name: "beacon_monitor_check_lag_seconds",
      help: "How late a scheduled check started after it was due",
      labelNames: ["kind"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60],
      registers,
    }),
    notificationsSent: new Counter({
      name: "beacon_notifications_sent_total",
      help: "Subscriber notifications delivered, by channel",
      labelNames: ["channel"],
      registers,
    }),
    outboxPending: new Gauge({
      name: "beacon_outbox_pending_deliveries",
      help: "Notification deliveries waiting to be sent (read from the store at scrape time)",
      registers,
    }),
    deliveriesFailed: new Gauge({
      name: "beacon_outbox_failed_deliveries",
      help: "Notification deliveries that gave up after their last attempt (read from the store at scrape time)",
      registers,
    }),
    storeBreaker: new Gauge({
      name: "beacon_store_breaker_state",
      help: "The incident store's circuit breaker: 1 for its current state (closed, half-open, open), 0 otherwise",
      labelNames: ["state"],
      registers,
    }),
  };
}

/** The request counter; edge workers keep one of the same name, summed into the primary's /metrics. */
export function requestsCounter(registers: Registry[]): Counter<"route_class" | "status"> {
  return new Counter({
    name: "beacon_http_requests_total",
    help: "HTTP requests answered, by route class and status code",
    labelNames: ["route_class", "status"],
    registers,
  });
}

/** One request answered (front server and Next alike); `routeClass` from routeClassOf. */
export function countRequest(routeClass: string, status: number) {
  beaconMetrics().requests.inc({ route_class: routeClass, status: String(status) });
}

/** One public response rendered from the store. */
export function countRender(routeClass: string) {
  beaconMetrics().renders.inc({ route_class: routeClass });
}

/** One monitor check recorded; `lagMs` is how late it started after it was due (omit for pushed heartbeats). */
export function countMonitorCheck(kind: string, ok: boolean, lagMs?: number) {
  const metrics = beaconMetrics();
  metrics.monitorChecks.inc({ kind, result: ok ? "up" : "down" });
  if (lagMs !== undefined) metrics.monitorCheckLag.observe({ kind }, Math.max(0, lagMs) / 1000);
}

/** One subscriber notification delivered. */
export function countNotificationSent(channel: string) {
  beaconMetrics().notificationsSent.inc({ channel });
}
