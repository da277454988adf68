import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createIncident, GET as listIncidents } from "@/app/api/admin/v1/incidents/route";
import { createApiToken } from "@/lib/api-tokens/create";
import { provideDatabase } from "@/lib/db/boot";
import type { Database } from "@/lib/db/database";
import { apiRequest, expectApiError } from "@/lib/testing/api-requests";
import { OUTAGE_TIMEOUTS, openPostgresBehindProxy, outageWaitLimitMs, restoreStore } from "@/lib/testing/postgres-behind-proxy";
import type { TcpProxy } from "@/lib/testing/tcp-proxy";

// The admin API while Postgres is stopped or frozen (behind a TCP proxy): a clear 503, nothing half-written, and
// the next request after Postgres returns works without a restart.

const MESSAGE = "The incident store is unavailable; nothing was saved. Try again when it is back.";
const incident = { name: "Deploy started", impact: "minor", status: "monitoring", message: "Deploy v42 started." };

let db: Database;
let proxy: TcpProxy;
let dispose: () => Promise<void>;
let token: string;

beforeAll(async () => {
  ({ db, proxy, dispose } = await openPostgresBehindProxy());
  provideDatabase(db);
  const ownerId = randomUUID();
  await db.prisma.user.create({ data: { id: ownerId, name: "Olive", email: "olive@example.com", role: "owner" } });
  const created = await createApiToken(
    { type: "user", id: ownerId, label: "olive@example.com" },
    { name: "deploy", scopes: ["incidents:write"] },
  );
  if (!created.ok) throw new Error(created.error.message);
  token = created.data.plaintext;
});
afterAll(() => dispose());

beforeEach(() => restoreStore(db, proxy));

async function expectStoreUnavailable(response: Response) {
  const error = await expectApiError(response, 503, "store_unavailable");
  expect(error.message).toBe(MESSAGE);
  expect(response.headers.get("retry-after")).toBe("5");
}

/** A POST whose body arrives only after the token was checked, and cuts the store as it does. */
function postCuttingTheStoreAfterTheTokenCheck(body: unknown): Request {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      proxy.cut();
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Request("http://localhost/api/admin/v1/incidents", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

describe("the admin API during a store outage", () => {
  it("a write to a stopped store is 503 store_unavailable with Retry-After, and nothing is saved", async () => {
    const response = await createIncident(postCuttingTheStoreAfterTheTokenCheck(incident));
    await expectStoreUnavailable(response);
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_TIMEOUTS.breakerResetMs + 200));
    expect(await db.prisma.incident.count()).toBe(0);
  });

  it("a frozen store answers 503 within the timeouts, even though the token check itself reads the store", async () => {
    proxy.freeze();
    const started = Date.now();
    const response = await createIncident(apiRequest("/incidents", { token, body: incident }));
    expect(Date.now() - started).toBeLessThan(outageWaitLimitMs());
    await expectStoreUnavailable(response);
  });

  it("a stopped store is 503, not 401, for a read with a valid token", async () => {
    proxy.cut();
    await expectStoreUnavailable(await listIncidents(apiRequest("/incidents", { method: "GET", token })));
  });

  it("a caller without a token still gets 401 during the outage", async () => {
    proxy.cut();
    await expectApiError(await createIncident(apiRequest("/incidents", { body: incident })), 401, "unauthorized");
  });

  it("once the store is back the same write succeeds without a restart", async () => {
    proxy.cut();
    await expectStoreUnavailable(await createIncident(apiRequest("/incidents", { token, body: incident })));
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_TIMEOUTS.breakerResetMs + 200));
    const response = await createIncident(apiRequest("/incidents", { token, body: incident }));
    expect(response.status).toBe(201);
    expect(await db.prisma.incident.count()).toBe(1);
  });
});
