import { ipInCidr } from "@/lib/http/client-address.mjs";

// One CIDR implementation for server.mjs (trusted proxies) and the app (ADMIN_NETWORKS).
export { ipInCidr };

/** True when the list is empty (no limit) or `ip` is inside one of the networks. */
export function ipAllowed(ip: string | null, networks: readonly string[]): boolean {
  if (networks.length === 0) return true;
  if (!ip) return false;
  return networks.some((cidr) => ipInCidr(ip, cidr));
}
