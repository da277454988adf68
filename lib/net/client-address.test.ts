import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("clientAddress", () => {
  const none = parseTrustedProxies(undefined);
  const loopbackAndLan = parseTrustedProxies("127.0.0.1/8, ::1, 10.0.0.0/8");

  it("takes the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("takes the socket address when the peer is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", loopbackAndLan)).toBe("203.0.113.7");
  });

  it("behind trusted proxies takes the right-most hop that is not trusted, so a client cannot pick its address", () => {
    // The client wrote "198.51.100.1"; nginx appended the client's real address; an inner proxy appended nginx's.
    expect(clientAddress("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.0.0.5", loopbackAndLan)).toBe("203.0.113.7");
    expect(clientAddress("::1", "203.0.113.9", loopbackAndLan)).toBe("203.0.113.9");
  });

  it("falls back to the last trusted hop when every hop is trusted or a hop is garbage", () => {
    expect(clientAddress("127.0.0.1", "10.0.0.5", loopbackAndLan)).toBe("10.0.0.5");
    expect(clientAddress("127.0.0.1", undefined, loopbackAndLan)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "not-an-ip, 10.0.0.5", loopbackAndLan)).toBe("10.0.0.5");
  });

  it("refuses a list with an entry that is not an address or a CIDR range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, example.com")).toThrow(/example\.com/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
  });
});
