import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OUTAGE_TIMEOUTS, openPostgresBehindProxy, outageWaitLimitMs } from "@/lib/testing/postgres-behind-proxy";
import type { TcpProxy } from "@/lib/testing/tcp-proxy";
import { StoreUnavailableError } from "./store-unavailable";

// Postgres behind a TCP proxy: cut() is a stopped server, freeze() a `kill -STOP`ped one.

let db: Database;
let proxy: TcpProxy;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ db, proxy, dispose } = await openPostgresBehindProxy());
});
afterEach(() => dispose());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An incident with its first update, in one transaction, the way the admin opens one. */
function openIncident(prisma: PrismaClient, name: string, between: () => void = () => undefined) {
  return prisma.$transaction(async (tx) => {
    const incident = await tx.incident.create({ data: { name, status: "investigating", impact: "major", startedAt: new Date() } });
    between();
    await tx.incidentUpdate.create({ data: { incidentId: incident.id, status: "investigating", body: "Looking", displayAt: new Date() } });
    return incident;
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await work().then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

async function untilBreakerLetsThrough() {
  await sleep(OUTAGE_TIMEOUTS.breakerResetMs + 200);
}

describe("writes while Postgres is frozen or stopped", () => {
  it("a write to a frozen server fails within the timeouts with StoreUnavailableError", async () => {
    await db.prisma.pageSettings.findMany(); // a pooled connection exists, as in a running server
    proxy.freeze();
    const { error, ms } = await timed(() => openIncident(db.prisma, "Frozen"));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(ms).toBeLessThan(outageWaitLimitMs());
  });

  it("after a few failures the breaker answers at once, for queries and transactions alike", async () => {
    proxy.freeze();
    for (let i = 0; i < 3; i++) await timed(() => db.prisma.incident.count());
    const query = await timed(() => db.prisma.incident.count());
    const write = await timed(() => openIncident(db.prisma, "Refused"));
    expect(query.error).toBeInstanceOf(StoreUnavailableError);
    expect(write.error).toBeInstanceOf(StoreUnavailableError);
    expect(query.ms + write.ms).toBeLessThan(50);
  });

  it("once Postgres is back, writes work again without reopening the database", async () => {
    proxy.cut();
    for (let i = 0; i < 3; i++) await timed(() => openIncident(db.prisma, "Lost"));
    proxy.restore();
    await untilBreakerLetsThrough();
    const incident = await openIncident(db.prisma, "Back");
    expect(await db.prisma.incident.findMany({ select: { name: true } })).toEqual([{ name: incident.name }]);
  });

  it("recovers from a freeze too: the connection stuck in the frozen query is not reused", async () => {
    await db.prisma.pageSettings.findMany();
    proxy.freeze();
    for (let i = 0; i < 3; i++) await timed(() => openIncident(db.prisma, "Frozen"));
    proxy.restore();
    await untilBreakerLetsThrough();
    await expect(openIncident(db.prisma, "Thawed")).resolves.toMatchObject({ name: "Thawed" });
  });

  it("an incident whose transaction was cut before its first update was written leaves neither row", async () => {
    const { error } = await timed(() => openIncident(db.prisma, "Half", () => proxy.cut()));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    proxy.restore();
    await untilBreakerLetsThrough();
    expect(await db.prisma.incident.count()).toBe(0);
    expect(await db.prisma.incidentUpdate.count()).toBe(0);
  });

  it("an incident whose transaction froze mid-way leaves neither row once the server is back", async () => {
    const { error } = await timed(() => openIncident(db.prisma, "Half", () => proxy.freeze()));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    proxy.restore();
    await untilBreakerLetsThrough();
    expect(await db.prisma.incident.count()).toBe(0);
    expect(await db.prisma.incidentUpdate.count()).toBe(0);
  });
});

describe("the guarded client in normal operation", () => {
  it("interactive transactions commit, and roll back when the work throws", async () => {
    await openIncident(db.prisma, "Kept");
    const failed = openIncident(db.prisma, "Dropped", () => {
      throw new Error("validation failed half-way");
    });
    await expect(failed).rejects.toThrow("validation failed half-way");
    expect(await db.prisma.incident.findMany({ select: { name: true } })).toEqual([{ name: "Kept" }]);
  });

  it("unique violations pass through as Prisma errors and never open the breaker", async () => {
    const data = { id: "same", name: "Group", position: 0 };
    await db.prisma.componentGroup.create({ data });
    for (let i = 0; i < 5; i++) await expect(db.prisma.componentGroup.create({ data })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.prisma.componentGroup.count()).resolves.toBe(1);
  });
});
