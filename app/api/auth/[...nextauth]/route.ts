import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { originFrom } from "@/lib/http/client-info";
import { withUnavailablePage } from "@/lib/http/unavailable";
import { consumeLimits, rateLimitedResponse } from "@/lib/rate-limit/enforce";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";

const IDPORTEN_CALLBACK = "/api/auth/callback/idporten";

/** The return from ID-porten is limited per address before Auth.js spends a token exchange on it. */
async function handleGet(request: NextRequest) {
  if (request.nextUrl.pathname === IDPORTEN_CALLBACK) {
    const { ip } = originFrom(request.headers);
    const limit = await consumeLimits([RATE_LIMITS.idportenCallbackPerIp], { ip });
    if (!limit.allowed) return rateLimitedResponse(limit.retryAfterSeconds, "html");
  }
  return handlers.GET(request);
}

// A database failure during a login answers 503 "prøv igjen", not Auth.js's login error page.
export const GET = withUnavailablePage(handleGet);
export const POST = withUnavailablePage(handlers.POST);
