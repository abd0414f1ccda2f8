import "server-only";

/** The caller's address as the load balancer reports it; for audit and rate limits. */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}

export function userAgentFrom(headers: Headers): string | null {
  return headers.get("user-agent");
}
