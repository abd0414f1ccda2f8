import { isIP } from "node:net";

/** An address as a big integer and its width in bits (32 or 128), or null when not an IP. */
function parseAddress(raw: string): { value: bigint; bits: 32 | 128 } | null {
  let address = raw.trim();
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is compared as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const version = isIP(address);
  if (version === 4) {
    const value = address.split(".").reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
    return { value, bits: 32 };
  }
  if (version === 6) {
    const [head = "", tail] = address.split("::");
    const expand = (s: string) => (s ? s.split(":") : []);
    let groups = expand(head);
    let tailGroups = tail === undefined ? [] : expand(tail);
    // An embedded IPv4 tail (::1.2.3.4) counts as two groups.
    const last = (tailGroups.length ? tailGroups : groups).at(-1);
    if (last && last.includes(".")) {
      const v4 = parseAddress(last)!.value;
      const extra = [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
      if (tailGroups.length) tailGroups = [...tailGroups.slice(0, -1), ...extra];
      else groups = [...groups.slice(0, -1), ...extra];
    }
    const missing = 8 - groups.length - tailGroups.length;
    const all =
      tail === undefined ? groups : [...groups, ...Array(missing).fill("0"), ...tailGroups];
    const value = all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g || "0", 16)), 0n);
    return { value, bits: 128 };
  }
  return null;
}

/** True when `ip` lies inside `cidr` (e.g. "10.0.0.0/8", "2001:db8::/32", or a single address). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [base = "", prefixText] = cidr.trim().split("/");
  const address = parseAddress(ip);
  const network = parseAddress(base);
  if (!address || !network || address.bits !== network.bits) return false;
  const prefix = prefixText === undefined ? network.bits : Number(prefixText);
  if (!/^\d+$/.test(prefixText ?? String(prefix)) || prefix < 0 || prefix > network.bits) {
    return false;
  }
  const shift = BigInt(network.bits - prefix);
  return address.value >> shift === network.value >> shift;
}

/** True when the list is empty (no limit) or `ip` is inside one of the networks. */
export function ipAllowed(ip: string | null, networks: readonly string[]): boolean {
  if (networks.length === 0) return true;
  if (!ip) return false;
  return networks.some((cidr) => ipInCidr(ip, cidr));
}
