import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { originFrom } from "@/lib/http/client-info";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeBucketedRateLimit } from "@/lib/rate-limit/rate-limit";
import { withUnavailablePage } from "@/lib/http/unavailable";

/** Options for a passkey login (modal prompt or autofill); anyone may ask, before login. */
async function handlePost(request: Request) {
  const refused = refuseForeignRequest(request);
  if (refused) return refused;
  // Each call stores a challenge row; a flood from one address is cut off. Every login page
  // view asks, so the count is the one-statement kind, without a transaction or lock.
  const ip = originFrom(request.headers).ip ?? "unknown";
  if (!(await consumeBucketedRateLimit(RATE_LIMITS.passkeyOptionsPerIp, ip)).allowed) {
    return NextResponse.json({ error: "rate_limited" }, { status: 429, headers: NO_STORE });
  }
  const options = await passkeyAuthenticationOptions();
  return NextResponse.json(options, { headers: NO_STORE });
}

export const POST = withUnavailablePage(handlePost);
