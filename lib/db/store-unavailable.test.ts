import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { APIError } from "better-auth/api";
import CircuitBreaker from "opossum";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isStoreUnavailable, STORE_UNAVAILABLE_MESSAGE, StoreUnavailableError } from "./store-unavailable";

// Errors made for real where no Postgres is needed (refused, silent and closing servers); the rest are rebuilt
// exactly as observed through Prisma 7 + @prisma/adapter-pg + pg against Postgres behind lib/testing/tcp-proxy.ts.

const servers: net.Server[] = [];
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function fakeServer(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

async function unusedPort(): Promise<number> {
  const port = await fakeServer(() => undefined);
  await new Promise((resolve) => servers.pop()!.close(resolve));
  return port;
}

// Through a pool, as Beacon connects.
async function pgConnectError(port: number): Promise<unknown> {
  const pool = new pg.Pool({ host: "127.0.0.1", port, user: "postgres", database: "test", connectionTimeoutMillis: 200 });
  const error = await pool.query("select 1").then(
    () => expect.unreachable(),
    (e: unknown) => e,
  );
  await pool.end();
  return error;
}

const knownError = (code: string, message: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.0", meta });

describe("errors of a store that is down, frozen or unreachable", () => {
  it("a refused connection (Postgres stopped) is unavailable", async () => {
    expect(isStoreUnavailable(await pgConnectError(await unusedPort()))).toBe(true);
  });

  it("Prisma's P1001 for a refused connection is unavailable", async () => {
    const pool = new pg.Pool({ host: "127.0.0.1", port: await unusedPort(), user: "postgres", connectionTimeoutMillis: 500 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const error = await prisma.pageSettings.findMany().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "P1001" });
    expect(isStoreUnavailable(error)).toBe(true);
    await prisma.$disconnect();
    await pool.end();
  });

  it("a connection timeout (server frozen before answering) is unavailable", async () => {
    const error = await pgConnectError(await fakeServer(() => undefined));
    expect(error).toMatchObject({ message: "Connection terminated due to connection timeout" });
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it("a connection the server drops is unavailable", async () => {
    const error = await pgConnectError(await fakeServer((socket) => socket.destroy()));
    expect(error).toMatchObject({ message: "Connection terminated unexpectedly" });
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it("pg's own timeouts and closed clients are unavailable", () => {
    const messages = [
      "Query read timeout",
      "timeout exceeded when trying to connect",
      "timeout expired",
      "Client has encountered a connection error and is not queryable",
    ];
    for (const message of messages) {
      expect(isStoreUnavailable(new Error(message)), message).toBe(true);
    }
  });

  it("Prisma's connection codes, a statement timeout and a transaction that found no connection are unavailable", () => {
    expect(isStoreUnavailable(knownError("P1017", "Server has closed the connection."))).toBe(true);
    expect(isStoreUnavailable(knownError("P2024", "Timed out fetching a new connection from the connection pool."))).toBe(true);
    expect(isStoreUnavailable(knownError("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
    const statementTimeout = knownError("P2010", "Raw query failed. Code: `57014`.", {
      driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "57014", kind: "postgres", code: "57014" } },
    });
    expect(isStoreUnavailable(statementTimeout)).toBe(true);
  });

  it("a DriverAdapterError for a closed connection, and a wrapped cause, are unavailable", () => {
    expect(isStoreUnavailable(new DriverAdapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isStoreUnavailable(new Error("rendering failed", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("better-auth's failed session lookup (the admin guard) is unavailable when its cause is", () => {
    const cause = new StoreUnavailableError();
    const failed = APIError.from("INTERNAL_SERVER_ERROR", { code: "FAILED_TO_GET_SESSION", message: "Failed to get session" }, { cause });
    expect(isStoreUnavailable(failed)).toBe(true);
    const other = APIError.from(
      "INTERNAL_SERVER_ERROR",
      { code: "FAILED_TO_GET_SESSION", message: "Failed to get session" },
      { cause: new TypeError("bug") },
    );
    expect(isStoreUnavailable(other)).toBe(false);
  });

  it("the open circuit breaker's refusal is unavailable", async () => {
    const breaker = new CircuitBreaker(async () => "never");
    breaker.open();
    expect(isStoreUnavailable(await breaker.fire().catch((e: unknown) => e))).toBe(true);
    breaker.shutdown();
  });

  it("StoreUnavailableError says nothing was saved", () => {
    const error = new StoreUnavailableError();
    expect(isStoreUnavailable(error)).toBe(true);
    expect(error.message).toBe(STORE_UNAVAILABLE_MESSAGE);
    expect(error.message).toBe("The incident store is unavailable; nothing was saved. Try again when it is back.");
  });
});

describe("ordinary errors are not an outage", () => {
  it("a unique violation (P2002, as observed) is not", () => {
    const unique = knownError("P2002", "Unique constraint failed", {
      driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "23505", kind: "UniqueConstraintViolation" } },
      modelName: "ComponentGroup",
    });
    expect(isStoreUnavailable(unique)).toBe(false);
  });

  it("a missing record, an expired transaction, a validation error and a plain bug are not", () => {
    expect(isStoreUnavailable(knownError("P2025", "No record was found for an update."))).toBe(false);
    expect(isStoreUnavailable(knownError("P2028", "Transaction already closed: the timeout for this transaction was 5000 ms"))).toBe(false);
    expect(isStoreUnavailable(z.string().safeParse(1).error)).toBe(false);
    expect(isStoreUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isStoreUnavailable(undefined)).toBe(false);
    expect(isStoreUnavailable("Connection terminated")).toBe(false);
  });
});
