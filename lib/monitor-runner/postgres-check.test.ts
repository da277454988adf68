import net from "node:net";
import { describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL } from "@/lib/testing/databases";
import { runPostgresCheck } from "./postgres-check";

const PRIVATE = { allowPrivateNetworks: true };

/** A loopback port nobody listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("Postgres check", () => {
  it("connects to the local server and runs SELECT 1 within the timeout", async () => {
    expect(await runPostgresCheck({ connectionString: TEST_POSTGRES_URL, timeoutMs: 5_000 }, PRIVATE)).toMatchObject({
      ok: true,
      error: null,
    });
  });

  it("fails with connection refused where nothing listens", async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.port = String(await closedPort());
    const outcome = await runPostgresCheck({ connectionString: url.toString(), timeoutMs: 3_000 }, PRIVATE);
    expect(outcome).toMatchObject({ ok: false, error: "ECONNREFUSED: connection refused" });
  });

  it("names a missing database in the server's words, never the password", async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = "/beacon_no_such_database";
    url.password = "hunter2";
    const outcome = await runPostgresCheck({ connectionString: url.toString(), timeoutMs: 3_000 }, PRIVATE);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/^Postgres 3D000: /);
    expect(outcome.error).not.toContain("hunter2");
  });

  it("the server's address goes through the SSRF guard", async () => {
    const outcome = await runPostgresCheck({ connectionString: TEST_POSTGRES_URL, timeoutMs: 3_000 }, { allowPrivateNetworks: false });
    expect(outcome.error).toMatch(/^Refused: 127\.0\.0\.1 is a private address/);
  });
});
