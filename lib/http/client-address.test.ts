import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
} from "./client-address.mjs";
import { clientIpFrom } from "./client-info";

const PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"];

describe("the client address", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(
      resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "1.2.3.4", trustedProxies: [] }),
    ).toBe("198.51.100.7");
    expect(
      resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9", trustedProxies: [] }),
    ).toBe("127.0.0.1");
  });

  it("is the socket peer when the peer is not a trusted proxy", () => {
    expect(
      resolveClientAddress({
        peer: "198.51.100.7",
        forwardedFor: "10.1.1.1",
        trustedProxies: PROXIES,
      }),
    ).toBe("198.51.100.7");
  });

  it("behind a trusted proxy is the right-most untrusted X-Forwarded-For entry", () => {
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: "203.0.113.9",
        trustedProxies: PROXIES,
      }),
    ).toBe("203.0.113.9");
    // Two hops of our own (10.x), the client before them.
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: "203.0.113.9, 10.0.0.5",
        trustedProxies: PROXIES,
      }),
    ).toBe("203.0.113.9");
  });

  it("ignores what a client forged to the left of the entry our proxy wrote", () => {
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: "1.1.1.1, 10.9.9.9, 203.0.113.9",
        trustedProxies: PROXIES,
      }),
    ).toBe("203.0.113.9");
    // Several X-Forwarded-For headers count as one list, in order.
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: ["1.1.1.1", "203.0.113.9"],
        trustedProxies: PROXIES,
      }),
    ).toBe("203.0.113.9");
  });

  it("behind a trusted proxy without X-Forwarded-For is the proxy itself", () => {
    expect(
      resolveClientAddress({ peer: "10.0.0.2", forwardedFor: undefined, trustedProxies: PROXIES }),
    ).toBe("10.0.0.2");
  });

  it("is unknown when our proxy's entry is garbled or there is no peer", () => {
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: "203.0.113.9, not-an-ip",
        trustedProxies: PROXIES,
      }),
    ).toBeNull();
    expect(
      resolveClientAddress({ peer: undefined, forwardedFor: "1.2.3.4", trustedProxies: PROXIES }),
    ).toBeNull();
  });

  it("handles IPv6 peers, IPv4-mapped addresses and ports", () => {
    expect(
      resolveClientAddress({
        peer: "::ffff:10.0.0.2",
        forwardedFor: "[2001:DB8::7]:443",
        trustedProxies: PROXIES,
      }),
    ).toBe("2001:db8::7");
    expect(
      resolveClientAddress({
        peer: "2001:db8:ffff::1",
        forwardedFor: "192.0.2.4:5555",
        trustedProxies: PROXIES,
      }),
    ).toBe("192.0.2.4");
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("unknown")).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry that is not a network", () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies(" 127.0.0.1/32, ::1/128 ")).toEqual(["127.0.0.1/32", "::1/128"]);
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the app's view of the address", () => {
  it("reads only the header server.mjs sets, never X-Forwarded-For or X-Real-IP", () => {
    const forged = new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" });
    expect(clientIpFrom(forged)).toBeNull();
    const decided = new Headers({
      "x-forwarded-for": "1.2.3.4",
      [CLIENT_ADDRESS_HEADER]: "198.51.100.7",
    });
    expect(clientIpFrom(decided)).toBe("198.51.100.7");
    expect(clientIpFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "unknown" }))).toBeNull();
  });
});
