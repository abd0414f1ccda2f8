import { NextResponse } from "next/server";
import { z } from "zod";
import { signIn } from "@/lib/auth/next-auth";
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

/** Logs in with a passkey: next-auth's passkey provider verifies the assertion and starts the session. */
async function handlePost(request: Request) {
  const foreign = await refuseForeignRequest(request, "passkeys.login");
  if (foreign) return foreign;
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return refused("invalid_request", 400);
  try {
    await signIn("passkey", {
      credential: JSON.stringify(parsed.data.credential),
      redirect: false,
    });
  } catch (error) {
    // authorize() throws a CredentialsSignin whose code is the refusal reason.
    if ((error as { type?: string }).type === "CredentialsSignin") {
      const code = (error as { code?: string }).code ?? "verification_failed";
      return refused(code, code === "rate_limited" ? 429 : 401);
    }
    console.error(`[passkeys] login failed unexpectedly: ${describeError(error)}`);
    return refused("verification_failed", 500);
  }
  const returnTo = safeReturnPath(parsed.data.callbackUrl);
  const redirectTo = returnTo
    ? `/etter-innlogging?til=${encodeURIComponent(returnTo)}`
    : "/etter-innlogging";
  return NextResponse.json({ redirectTo }, { headers: NO_STORE });
}

export const POST = withUnavailablePage(handlePost);
