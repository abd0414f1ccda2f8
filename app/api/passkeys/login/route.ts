import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { loginWithPasskey } from "@/lib/auth/passkey-login";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { NO_STORE, refuseForeignRequest } from "@/lib/passkeys/request-guard";
import { authenticationResponseSchema } from "@/lib/passkeys/responses";
import { describeError } from "@/lib/logging/describe-error";
import { withUnavailablePage } from "@/lib/http/unavailable";

const bodySchema = z.object({
  credential: authenticationResponseSchema,
  callbackUrl: z.string().max(500).nullish(),
});

function refused(code: string, status: number) {
  return NextResponse.json({ error: code }, { status, headers: NO_STORE });
}

/** Logs in with a passkey: verifies the assertion, starts the session and sets its cookie. */
async function handlePost(request: Request) {
  const foreign = await refuseForeignRequest(request, "passkeys.login");
  if (foreign) return foreign;
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return refused("invalid_request", 400);
  let outcome: Awaited<ReturnType<typeof loginWithPasskey>>;
  try {
    outcome = await loginWithPasskey(
      parsed.data.credential as AuthenticationResponseJSON,
      request.headers,
    );
  } catch (error) {
    // A database outage becomes 503 in withUnavailablePage, whatever is answered here.
    console.error(`[passkeys] login failed unexpectedly: ${describeError(error)}`);
    return refused("verification_failed", 500);
  }
  if (!outcome.ok) return refused(outcome.reason, outcome.reason === "rate_limited" ? 429 : 401);
  const returnTo = safeReturnPath(parsed.data.callbackUrl);
  const redirectTo = returnTo
    ? `/etter-innlogging?til=${encodeURIComponent(returnTo)}`
    : "/etter-innlogging";
  const response = NextResponse.json({ redirectTo }, { headers: NO_STORE });
  const { name, value, options } = outcome.cookie;
  response.cookies.set(name, value, options);
  return response;
}

export const POST = withUnavailablePage(handlePost);
