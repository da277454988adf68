import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { metricsWithEdgeWorkers } from "@/lib/telemetry/edge-metrics";
import { beaconMetrics } from "@/lib/telemetry/metrics";

// What /metrics answers, on the public port (bearer token) and on the separate metrics port alike.

const STORE_READ_TTL_MS = 5_000;
let lastRead: { db: Database; at: number } | undefined;

/** Outbox depth and the breaker's state, read at scrape time; counts are cached a few seconds. */
async function refreshStoreGauges(db: Database) {
  const metrics = beaconMetrics();
  const state = db.breakerState?.() ?? "closed";
  for (const s of ["closed", "half-open", "open"]) metrics.storeBreaker.set({ state: s }, s === state ? 1 : 0);
  if (lastRead?.db === db && Date.now() - lastRead.at < STORE_READ_TTL_MS) return;
  const [pending, failed] = await Promise.all([
    db.prisma.notificationDelivery.count({ where: { state: "pending" } }),
    db.prisma.notificationDelivery.count({ where: { state: "failed" } }),
  ]);
  metrics.outboxPending.set(pending);
  metrics.deliveriesFailed.set(failed);
  lastRead = { db, at: Date.now() };
}

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasMetricsToken(authorization: string | null, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** The Prometheus exposition, edge workers' requests included; a store that does not answer leaves the store gauges as they were. */
export async function renderMetrics(db: Promise<Database> = getDatabase()): Promise<{ body: string; contentType: string }> {
  try {
    await refreshStoreGauges(await db);
  } catch (error) {
    console.error("[beacon] metrics: store gauges not refreshed:", (error as Error).message);
  }
  const { registry } = beaconMetrics();
  return { body: await metricsWithEdgeWorkers(registry), contentType: registry.contentType };
}
