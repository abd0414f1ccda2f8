import "server-only";
import { headers as requestHeaders } from "next/headers";
import type { RequestOrigin } from "@/lib/audit/actor";

/** The caller's address as the load balancer reports it; for audit and rate limits. */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}

/** Where a request came from, read once from its headers. */
export function originFrom(headers: Headers): RequestOrigin {
  return { ip: clientIpFrom(headers), userAgent: headers.get("user-agent")?.slice(0, 300) ?? null };
}

/**
 * This request's headers inside Next's request scope (pages, actions, route handlers,
 * Auth.js callbacks), or `fallback` outside it.
 */
export async function currentHeaders(fallback: Headers = new Headers()): Promise<Headers> {
  try {
    return new Headers(await requestHeaders());
  } catch {
    return fallback;
  }
}

/** The origin of the request being handled; the one helper for route handlers and pages. */
export async function currentOrigin(fallback?: Headers): Promise<RequestOrigin> {
  return originFrom(await currentHeaders(fallback));
}
