import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/heartbeat/[token]/route";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createHeartbeatToken, heartbeatPath } from "@/lib/monitors/heartbeat-token";
import { DATABASE_KINDS } from "@/lib/testing/databases";
import { checkNow, createComponent, handDrivenScheduler, openMigratedDatabase } from "./test-fixtures";

const ping = (token: string, method: "GET" | "POST" = "GET", query = "") =>
  (method === "GET" ? GET : POST)(new Request(`http://localhost${heartbeatPath(token)}${query}`, { method }), {
    params: Promise.resolve({ token }),
  });

describe.each(DATABASE_KINDS)("heartbeat monitors on %s", (kind) => {
  let db: Database;
  let prisma: PrismaClient;
  let dispose: () => Promise<void>;
  let token: string;
  let monitorId: string;
  let componentId: string;

  beforeAll(async () => {
    ({ db, dispose } = await openMigratedDatabase(kind));
    prisma = db.prisma;
    provideDatabase(db);
    const component = await createComponent(prisma, "Nightly backup");
    componentId = component.id;
    const secret = createHeartbeatToken();
    token = secret.token;
    const monitor = await prisma.monitor.create({
      data: {
        componentId,
        name: "Backup cron",
        kind: "heartbeat",
        heartbeatTokenHash: secret.tokenHash,
        intervalSeconds: 30,
        timeoutMs: 5_000,
        nextCheckAt: new Date(Date.now() + 60_000),
      },
    });
    monitorId = monitor.id;
  });
  afterAll(() => dispose());

  it("stores only the token's hash, and an unknown or malformed token is a 404", async () => {
    expect((await prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } })).heartbeatTokenHash).not.toContain(token);
    expect((await ping("hb_" + "x".repeat(32))).status).toBe(404);
    expect((await ping("nope")).status).toBe(404);
  });

  it("a ping (GET or POST) records a good check and moves the deadline one interval plus grace on", async () => {
    const before = Date.now();
    expect((await ping(token)).status).toBe(200);
    expect((await ping(token, "POST")).status).toBe(200);
    const monitor = await prisma.monitor.findUniqueOrThrow({ where: { id: monitorId } });
    expect(monitor.state).toBe("up");
    expect(monitor.nextCheckAt.getTime()).toBeGreaterThanOrEqual(before + 35_000);
    expect(await prisma.monitorCheck.count({ where: { monitorId, ok: true } })).toBe(2);
  });

  it("a missed heartbeat is a failure, and three in a row take the component down", async () => {
    const run = handDrivenScheduler(prisma);
    for (let i = 0; i < 3; i++) await checkNow(prisma, run, monitorId);
    const failures = await prisma.monitorCheck.findMany({ where: { monitorId, ok: false } });
    expect(failures).toHaveLength(3);
    expect(failures[0].error).toBe("No heartbeat received within 30 s");
    expect((await prisma.component.findUniqueOrThrow({ where: { id: componentId } })).status).toBe("major_outage");
    expect(await prisma.incident.findFirst({ where: { monitorManaged: true } })).toMatchObject({
      name: "Nightly backup is failing health checks: No heartbeat received within 30 s",
    });
  });

  it("a deploy pipeline puts the component under maintenance and back", async () => {
    expect((await ping(token, "POST", "?status=deploying")).status).toBe(200);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: componentId } })).status).toBe("under_maintenance");
    await ping(token);
    await ping(token);
    expect((await ping(token, "POST", "?status=done")).status).toBe(200);
    expect((await prisma.component.findUniqueOrThrow({ where: { id: componentId } })).status).toBe("operational");
    const notes = await prisma.monitorCheck.findMany({ where: { monitorId, note: { not: null } }, orderBy: { startedAt: "asc" } });
    expect(notes.map((n) => n.note)).toEqual(["deploying", "done"]);
    // The recovery during the deploy reaches the outage's incident, so it can resolve after the quiet period.
    expect(await prisma.incident.findFirst({ where: { monitorManaged: true } })).toMatchObject({ status: "monitoring" });
  });

  it("an unknown status is a 422 naming the field; a paused monitor is a 409", async () => {
    const response = await ping(token, "GET", "?status=sideways");
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields.status).toHaveLength(1);
    await prisma.monitor.update({ where: { id: monitorId }, data: { enabled: false } });
    expect((await ping(token)).status).toBe(409);
  });
});
