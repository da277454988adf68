import { describe, expect, it } from "vitest";
import { checkAddress, checkTargetAllowed, resolveAllowedTarget } from "./ssrf-guard";

const strict = { allowPrivateNetworks: false };
const permissive = { allowPrivateNetworks: true };

describe("the monitor's SSRF guard", () => {
  it("refuses the cloud metadata address 169.254.169.254, even when private networks are allowed", async () => {
    for (const policy of [strict, permissive]) {
      expect(checkAddress("169.254.169.254", policy).ok).toBe(false);
      expect(await checkTargetAllowed("http://169.254.169.254/latest/meta-data/", policy)).toMatchObject({ ok: false });
    }
  });

  it("refuses IPv6 link-local, the IPv4-mapped metadata address and AWS's IPv6 metadata address always", () => {
    for (const address of ["fe80::1", "::ffff:169.254.169.254", "fd00:ec2::254"]) {
      expect(checkAddress(address, permissive).ok).toBe(false);
    }
  });

  it("judges IPv4-compatible and IPv4-mapped IPv6 addresses by the IPv4 address they carry", async () => {
    expect(await checkTargetAllowed("http://[::a9fe:a9fe]/latest/meta-data/", permissive)).toMatchObject({ ok: false });
    for (const address of ["::a9fe:a9fe", "::169.254.169.254", "::ffff:a9fe:a9fe"]) {
      expect(checkAddress(address, permissive), address).toMatchObject({ ok: false, reason: expect.stringMatching(/link-local/) });
    }
    for (const address of ["::127.0.0.1", "::7f00:1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::a00:1"]) {
      expect(checkAddress(address, strict).ok, address).toBe(false);
      expect(checkAddress(address, permissive).ok, address).toBe(true);
    }
    expect(checkAddress("::5db8:d70e", strict).ok).toBe(true); // ::93.184.215.14, a public address
  });

  it("refuses loopback, RFC 1918, CGNAT and unique-local addresses unless private networks are allowed", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.5", "100.64.0.1", "::1", "fd12::1", "0.0.0.0"]) {
      expect(checkAddress(address, strict).ok, address).toBe(false);
      expect(checkAddress(address, permissive).ok, address).toBe(true);
    }
  });

  it("allows public addresses and refuses multicast and broadcast", () => {
    expect(checkAddress("93.184.215.14", strict).ok).toBe(true);
    expect(checkAddress("2606:4700::1111", strict).ok).toBe(true);
    expect(checkAddress("224.0.0.1", permissive).ok).toBe(false);
    expect(checkAddress("255.255.255.255", permissive).ok).toBe(false);
  });

  it("judges a host name by the addresses it resolves to", async () => {
    expect(await resolveAllowedTarget("localhost", strict)).toMatchObject({ ok: false });
    expect(await resolveAllowedTarget("localhost", permissive)).toMatchObject({ ok: true });
    expect(await resolveAllowedTarget("[::1]", permissive)).toMatchObject({ ok: true, address: "::1", family: 6 });
  });
});
