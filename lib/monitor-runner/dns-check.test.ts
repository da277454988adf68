import type { AddressInfo } from "node:net";
import dns2 from "dns2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDnsCheck } from "./dns-check";

const { Packet } = dns2;
const PRIVATE = { allowPrivateNetworks: true };

// A local DNS server: status.test has an A record and a TXT record; anything else does not exist.
describe("DNS check against a local DNS server", () => {
  let server: ReturnType<typeof dns2.createServer>;
  let resolver: string;
  beforeAll(async () => {
    server = dns2.createServer({
      udp: true,
      handle: (request, send) => {
        const response = Packet.createResponseFromRequest(request);
        const [question] = request.questions;
        if (question.name !== "status.test") {
          response.header.rcode = 3; // NXDOMAIN
          return send(response);
        }
        if (question.type === Packet.TYPE.A) {
          response.answers.push({
            name: question.name,
            type: Packet.TYPE.A,
            class: Packet.CLASS.IN,
            ttl: 60,
            address: "10.1.2.3",
          } as never);
        }
        if (question.type === Packet.TYPE.TXT) {
          response.answers.push({
            name: question.name,
            type: Packet.TYPE.TXT,
            class: Packet.CLASS.IN,
            ttl: 60,
            data: "v=beacon1",
          } as never);
        }
        send(response);
      },
    });
    await server.listen({ udp: { port: 0, address: "127.0.0.1" } });
    resolver = `127.0.0.1:${(server.addresses().udp as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const check = (extra: Partial<Parameters<typeof runDnsCheck>[0]>) =>
    runDnsCheck(
      { host: "status.test", dnsRecordType: "A", dnsResolver: resolver, expectedValue: null, timeoutMs: 2_000, ...extra },
      PRIVATE,
    );

  it("passes when the record holds the expected value", async () => {
    expect(await check({ expectedValue: "10.1.2.3" })).toMatchObject({ ok: true, error: null });
  });

  it("matches a /pattern/ against TXT records", async () => {
    expect(await check({ dnsRecordType: "TXT", expectedValue: "/^v=beacon\\d$/" })).toMatchObject({ ok: true });
  });

  it("fails naming what it got when no record matches", async () => {
    const outcome = await check({ expectedValue: "10.9.9.9" });
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toContain("got 10.1.2.3");
  });

  it("fails when the name does not exist", async () => {
    expect(await check({ host: "missing.test" })).toMatchObject({ ok: false, error: "No A record for missing.test" });
  });

  it("the resolver goes through the SSRF guard", async () => {
    const outcome = await runDnsCheck(
      { host: "status.test", dnsRecordType: "A", dnsResolver: resolver, expectedValue: null, timeoutMs: 2_000 },
      { allowPrivateNetworks: false },
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/^Refused: 127\.0\.0\.1 is a private address/);
  });
});
