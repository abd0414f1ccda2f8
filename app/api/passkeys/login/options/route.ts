import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { clientIpFrom } from "@/lib/http/client-info";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";

/** Options for a passkey login (modal prompt or autofill); anyone may ask, before login. */
export async function POST(request: Request) {
  const refused = refuseForeignRequest(request);
  if (refused) return refused;
  // Each call stores a challenge row; a flood from one address is cut off.
  const ip = clientIpFrom(request.headers) ?? "unknown";
  if (!(await consumeRateLimit(RATE_LIMITS.passkeyOptionsPerIp, ip)).allowed) {
    return NextResponse.json({ error: "rate_limited" }, { status: 429, headers: NO_STORE });
  }
  const options = await passkeyAuthenticationOptions();
  return NextResponse.json(options, { headers: NO_STORE });
}
