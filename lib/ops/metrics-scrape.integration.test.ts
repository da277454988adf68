import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/metrics/route";
import { getPrisma } from "@/lib/db/boot";
import { recordCheck } from "@/lib/monitor-runner/record-check";
import { createComponent, createHttpMonitor } from "@/lib/monitor-runner/test-fixtures";
import { countRequest } from "@/lib/telemetry/metrics";
import { reportSnapshotFresh } from "@/lib/telemetry/readiness-signals";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";
import { queryUntilPresent, type RunningPrometheus, startPrometheus } from "@/lib/testing/prometheus";
import { startMetricsListener } from "./metrics-listener";

// A real Prometheus (Debian's package) scrapes Beacon's metrics listener; the series are read back through its API.

const TOKEN = "metrics-token-0123456789";
const scrape = (authorization?: string) =>
  metricsRoute(new Request("http://localhost/metrics", { headers: authorization ? { authorization } : {} }));

describe.each(DATABASE_KINDS)("Prometheus metrics on %s", (kind) => {
  let dispose: () => Promise<void>;
  let listener: Awaited<ReturnType<typeof startMetricsListener>>;
  let prometheus: RunningPrometheus;
  const previousToken = process.env.BEACON_METRICS_TOKEN;

  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, new Date("2026-11-24T12:00:00Z")));
    const prisma = await getPrisma();
    const component = await createComponent(prisma, `Checked service ${kind}`);
    const monitor = await createHttpMonitor(prisma, component.id, "http://127.0.0.1:9/health");
    const dueAt = new Date(Date.now() - 300);
    const outcome = { ok: false, responseTimeMs: null, statusCode: null, error: "ECONNREFUSED: connection refused" };
    await recordCheck(prisma, { monitorId: monitor.id, dueAt, startedAt: new Date(), outcome });
    const subscriber = await prisma.subscriber.create({
      data: { channel: "webhook", webhookUrl: "https://hooks.example.com/x", confirmedAt: new Date() },
    });
    const notification = await prisma.notification.create({ data: { event: "incident.created", payload: {} } });
    await prisma.notificationDelivery.create({
      data: { notificationId: notification.id, subscriberId: subscriber.id, state: "failed", attempts: 8 },
    });
    countRequest("page", 200);
    reportSnapshotFresh(new Date());
    listener = await startMetricsListener({ port: 0, host: "127.0.0.1", token: TOKEN });
    prometheus = await startPrometheus(`127.0.0.1:${listener.port}`, TOKEN);
  }, 120_000);
  afterAll(async () => {
    await prometheus?.stop();
    await listener?.close();
    await dispose();
    process.env.BEACON_METRICS_TOKEN = previousToken;
  });

  it("Prometheus scrapes the metrics port with the bearer token and sees the target up", async () => {
    const [up] = await queryUntilPresent(prometheus.api, 'up{job="beacon"} == 1');
    expect(up.value[1]).toBe("1");
  });

  it("carries requests, monitor checks, outbox depth, failed deliveries, breaker state, snapshot age and memory", async () => {
    const value = async (query: string) => Number((await queryUntilPresent(prometheus.api, query))[0].value[1]);
    expect(await value('beacon_http_requests_total{route_class="page",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(await value('beacon_monitor_checks_total{kind="http",result="down"}')).toBeGreaterThanOrEqual(1);
    expect(await value('beacon_monitor_check_lag_seconds_count{kind="http"}')).toBeGreaterThanOrEqual(1);
    expect(await value("beacon_outbox_failed_deliveries")).toBe(1);
    expect(await value("beacon_outbox_pending_deliveries")).toBe(0);
    expect(await value('beacon_store_breaker_state{state="closed"}')).toBe(1);
    expect(await value("beacon_public_snapshot_age_seconds")).toBeLessThan(60);
    expect(await value("beacon_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("/metrics on the public port does not exist without a token, and wants the right bearer token with one", async () => {
    delete process.env.BEACON_METRICS_TOKEN;
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
    process.env.BEACON_METRICS_TOKEN = TOKEN;
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer wrong-token-0123456789")).status).toBe(401);
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toMatch(/^beacon_outbox_failed_deliveries 1$/m);
  });
});
