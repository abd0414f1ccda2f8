import "server-only";
import { headers as requestHeaders } from "next/headers";
import type { RequestOrigin } from "@/lib/audit/actor";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "./client-address.mjs";

/**
 * The caller's address for audit, rate limits and ADMIN_NETWORKS: only what server.mjs
 * decided (socket peer, or X-Forwarded-For behind TRUSTED_PROXIES), never a header the
 * client wrote. Null when unknown (server.mjs could not tell, or the app runs without it).
 */
export function clientIpFrom(headers: Headers): string | null {
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER));
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
