import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { originFrom } from "@/lib/http/client-info";
import { consumeLimits, rateLimitedResponse } from "@/lib/rate-limit/enforce";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { withUnavailablePage } from "@/lib/http/unavailable";

/** Options for a passkey login (modal prompt or autofill); anyone may ask, before login. */
async function handlePost(request: Request) {
  const refused = await refuseForeignRequest(request, "passkeys.loginOptions");
  if (refused) return refused;
  // Each call stores a challenge row; a flood from one address is cut off. Every login page
  // view asks, so the limit is sized for a whole NAT and counted in one statement.
  const { ip } = originFrom(request.headers);
  const limit = await consumeLimits([RATE_LIMITS.passkeyOptionsPerIp], { ip });
  if (!limit.allowed) return rateLimitedResponse(limit.retryAfterSeconds, "json");
  const options = await passkeyAuthenticationOptions();
  return NextResponse.json(options, { headers: NO_STORE });
}

export const POST = withUnavailablePage(handlePost);
