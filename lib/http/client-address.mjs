// The client's address, decided once by server.mjs (plain JavaScript: Node loads it before Next)
// and handed to the app in CLIENT_ADDRESS_HEADER. Never the first X-Forwarded-For value, which
// the client chooses.
import { isIP } from "node:net";

/** The header server.mjs sets on every request after deleting any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-medlemsportalen-client-address";

/**
 * An address as a big integer and its width in bits (32 or 128), or null when not an IP.
 * @param {string} raw
 * @returns {{ value: bigint; bits: 32 | 128 } | null}
 */
function parseAddress(raw) {
  let address = raw.trim();
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is compared as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  const version = isIP(address);
  if (version === 4) {
    const value = address.split(".").reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
    return { value, bits: 32 };
  }
  if (version !== 6) return null;
  const [head = "", tail] = address.split("::");
  /** @param {string} s */
  const expand = (s) => (s ? s.split(":") : []);
  let groups = expand(head);
  let tailGroups = tail === undefined ? [] : expand(tail);
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups.
  const last = (tailGroups.length ? tailGroups : groups).at(-1);
  if (last && last.includes(".")) {
    const v4 = parseAddress(last)?.value ?? 0n;
    const extra = [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
    if (tailGroups.length) tailGroups = [...tailGroups.slice(0, -1), ...extra];
    else groups = [...groups.slice(0, -1), ...extra];
  }
  const missing = 8 - groups.length - tailGroups.length;
  const all = tail === undefined ? groups : [...groups, ...Array(missing).fill("0"), ...tailGroups];
  const value = all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || "0", 16)), 0n);
  return { value, bits: 128 };
}

/**
 * True when `ip` lies inside `cidr` (e.g. "10.0.0.0/8", "2001:db8::/32", or a single address).
 * @param {string} ip
 * @param {string} cidr
 */
export function ipInCidr(ip, cidr) {
  const [base = "", prefixText] = cidr.trim().split("/");
  const address = parseAddress(ip);
  const network = parseAddress(base);
  if (!address || !network || address.bits !== network.bits) return false;
  if (prefixText !== undefined && !/^\d+$/.test(prefixText)) return false;
  const prefix = prefixText === undefined ? network.bits : Number(prefixText);
  if (prefix < 0 || prefix > network.bits) return false;
  const shift = BigInt(network.bits - prefix);
  return address.value >> shift === network.value >> shift;
}

/**
 * The CIDR list of TRUSTED_PROXIES ("10.0.0.0/8, 192.168.1.10"); empty when unset.
 * @param {string | undefined} raw
 * @returns {string[]}
 */
export function parseTrustedProxies(raw) {
  const list = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of list) {
    const [base = "", prefix] = cidr.split("/");
    if (!parseAddress(base) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: «${cidr}» er ikke en IP-adresse eller et CIDR-nett`);
    }
  }
  return list;
}

/**
 * An address in its plain form: IPv4-mapped IPv6 as IPv4, lower case; null when not an IP.
 * @param {string | undefined | null} raw
 */
export function normalizeAddress(raw) {
  if (!raw) return null;
  let address = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.split(":")[0];
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries left of it
 * were written by the client and are never believed. Null when no address can be told.
 * @param {{ peer: string | undefined | null; forwardedFor: string | string[] | undefined; trustedProxies: readonly string[] }} input
 * @returns {string | null}
 */
export function resolveClientAddress({ peer, forwardedFor, trustedProxies }) {
  const socketPeer = normalizeAddress(peer);
  if (!socketPeer) return null;
  /** @param {string} ip */
  const trusted = (ip) => trustedProxies.some((cidr) => ipInCidr(ip, cidr));
  if (!trusted(socketPeer)) return socketPeer;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = normalizeAddress(entries[i]);
    // A garbled entry from our own proxies: the client cannot be told.
    if (!entry) return null;
    if (!trusted(entry)) return entry;
  }
  // Every hop is a trusted proxy (or there was no header): the left-most one is the client.
  return normalizeAddress(entries[0]) ?? socketPeer;
}
