import { describe, expect, it } from "vitest";
import { ipAllowed, ipInCidr } from "./cidr";

describe("CIDR matching", () => {
  it("matches IPv4 networks by prefix", () => {
    expect(ipInCidr("10.1.2.3", "10.0.0.0/8")).toBe(true);
    expect(ipInCidr("11.0.0.1", "10.0.0.0/8")).toBe(false);
    expect(ipInCidr("192.168.1.130", "192.168.1.128/25")).toBe(true);
    expect(ipInCidr("192.168.1.127", "192.168.1.128/25")).toBe(false);
    expect(ipInCidr("203.0.113.7", "203.0.113.7")).toBe(true);
    expect(ipInCidr("203.0.113.8", "203.0.113.7/32")).toBe(false);
    expect(ipInCidr("1.2.3.4", "0.0.0.0/0")).toBe(true);
  });

  it("matches IPv6 networks, including compressed forms", () => {
    expect(ipInCidr("2001:db8::1", "2001:db8::/32")).toBe(true);
    expect(ipInCidr("2001:db9::1", "2001:db8::/32")).toBe(false);
    expect(ipInCidr("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1/128")).toBe(true);
    expect(ipInCidr("::1", "::1/128")).toBe(true);
    expect(ipInCidr("fe80::abcd", "fe80::/10")).toBe(true);
    expect(ipInCidr("fec0::1", "fe80::/10")).toBe(false);
  });

  it("treats IPv4-mapped IPv6 as IPv4 and never mixes families", () => {
    expect(ipInCidr("::ffff:10.0.0.5", "10.0.0.0/24")).toBe(true);
    expect(ipInCidr("10.0.0.5", "::/0")).toBe(false);
    expect(ipInCidr("2001:db8::1", "0.0.0.0/0")).toBe(false);
  });

  it("refuses malformed input", () => {
    expect(ipInCidr("not-an-ip", "10.0.0.0/8")).toBe(false);
    expect(ipInCidr("10.0.0.1", "10.0.0.0/33")).toBe(false);
    expect(ipInCidr("10.0.0.1", "10.0.0.0/x")).toBe(false);
    expect(ipInCidr("10.0.0.1", "garbage/8")).toBe(false);
  });

  it("allows everyone when no networks are configured, and no unknown address otherwise", () => {
    expect(ipAllowed("8.8.8.8", [])).toBe(true);
    expect(ipAllowed(null, [])).toBe(true);
    expect(ipAllowed(null, ["10.0.0.0/8"])).toBe(false);
    expect(ipAllowed("8.8.8.8", ["10.0.0.0/8", "8.8.8.0/24"])).toBe(true);
    expect(ipAllowed("9.9.9.9", ["10.0.0.0/8", "8.8.8.0/24"])).toBe(false);
  });
});
