import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Leaf, TestCertificates } from "@/lib/testing/tls-certificates";
import { runTlsCheck } from "./tls-check";

const DAY = 86_400_000;
const PRIVATE = { allowPrivateNetworks: true };

async function serve(leaf: Leaf, chain: string[]): Promise<{ port: number; close: () => void }> {
  const server = tls.createServer({ key: leaf.key, cert: [leaf.cert, ...chain].join("\n") }, (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

describe("TLS certificate check against local servers with certificates made in the test", () => {
  let certs: TestCertificates;
  const servers: { close: () => void }[] = [];
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    certs = new TestCertificates();
    const now = Date.now();
    const cases: [string, string, number, number, boolean][] = [
      ["good", "localhost", now - DAY, now + 200 * DAY, true],
      ["soon", "localhost", now - DAY, now + 3 * DAY + 3_600_000, true],
      ["expired", "localhost", now - 60 * DAY, now - 2 * DAY, true],
      ["wronghost", "other.example", now - DAY, now + 200 * DAY, true],
      ["nochain", "localhost", now - DAY, now + 200 * DAY, false],
    ];
    for (const [name, host, from, to, withChain] of cases) {
      const server = await serve(certs.leaf(name, host, new Date(from), new Date(to)), withChain ? [certs.intermediate] : []);
      servers.push(server);
      ports[name] = server.port;
    }
  });
  afterAll(() => {
    for (const server of servers) server.close();
    certs.dispose();
  });

  const check = (name: string, warnDays: number | null = 14) =>
    runTlsCheck({ host: "localhost", port: ports[name], timeoutMs: 3_000, tlsExpiryWarnDays: warnDays }, PRIVATE, { ca: [certs.root] });

  it("a valid certificate far from expiry is up, recording when it expires", async () => {
    const outcome = await check("good");
    expect(outcome).toMatchObject({ ok: true, error: null, degraded: null });
    expect(outcome.tlsExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 199 * DAY);
  });

  it("a certificate expiring within the warning days is up but degraded, with a notice", async () => {
    const outcome = await check("soon");
    expect(outcome.ok).toBe(true);
    expect(outcome.degraded).toMatch(/^TLS certificate expires in 3 day\(s\), on \d{4}-\d\d-\d\d$/);
    expect((await check("soon", 2)).degraded).toBeNull();
  });

  it("an expired certificate fails", async () => {
    expect(await check("expired")).toMatchObject({ ok: false, error: expect.stringMatching(/^TLS certificate expired on /) });
  });

  it("a certificate for another host fails naming the mismatch", async () => {
    expect((await check("wronghost")).error).toBe("TLS certificate does not match localhost (other.example)");
  });

  it("a server that leaves out the intermediate fails as an incomplete chain", async () => {
    expect((await check("nochain")).error).toMatch(/^TLS certificate chain is incomplete/);
  });

  it("the target goes through the SSRF guard", async () => {
    const outcome = await runTlsCheck(
      { host: "localhost", port: ports.good, timeoutMs: 3_000, tlsExpiryWarnDays: null },
      { allowPrivateNetworks: false },
    );
    expect(outcome.error).toMatch(/^Refused: /);
  });
});
