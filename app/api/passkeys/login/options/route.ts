import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { withUnavailablePage } from "@/lib/http/unavailable";

/**
 * Options for a passkey login (modal prompt or autofill); anyone may ask, before login. Every
 * login page view asks, so nothing is stored or counted here: the challenge is stateless until
 * an assertion brings it back (lib/passkeys/challenges.ts), and verification is what is limited.
 */
async function handlePost(request: Request) {
  const refused = await refuseForeignRequest(request, "passkeys.loginOptions");
  if (refused) return refused;
  const options = await passkeyAuthenticationOptions();
  return NextResponse.json(options, { headers: NO_STORE });
}

export const POST = withUnavailablePage(handlePost);
