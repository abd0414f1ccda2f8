import "server-only";
import { CredentialsSignin } from "next-auth";
import { recordAudit } from "@/lib/audit/record";
import { originFrom } from "@/lib/http/client-info";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeLimits } from "@/lib/rate-limit/enforce";
import { consumeBucketedRateLimit } from "@/lib/rate-limit/rate-limit";
import { verifyPasskeyLogin } from "./authentication";
import { parseAuthenticationResponse } from "./responses";

/** A refused passkey login; `code` (the reason) reaches the route that called signIn. */
export class PasskeySignInError extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

/**
 * The Credentials provider's authorize(): the posted assertion, verified, gives the user.
 * Rate-limited here, so every way into the provider counts.
 */
export async function authorizePasskey(
  credential: unknown,
  request: Request,
): Promise<{ id: string }> {
  const origin = originFrom(request.headers);
  // One statement, no lock: at most a tenth of the window's uses are forgotten early.
  const limit = await consumeLimits([RATE_LIMITS.passkeyLoginPerIp], { ip: origin.ip });
  if (!limit.allowed) throw new PasskeySignInError("rate_limited");
  const response = parseAuthenticationResponse(credential);
  if (!response) {
    await recordAudit({
      action: "passkey.refused",
      actor: origin,
      details: { reason: "invalid_request" },
    });
    throw new PasskeySignInError("invalid_request");
  }
  // Per credential too (so per account), whatever address the attempts come from.
  const perCredential = await consumeBucketedRateLimit(
    RATE_LIMITS.passkeyLoginPerCredential,
    response.id,
  );
  if (!perCredential.allowed) throw new PasskeySignInError("rate_limited");
  const result = await verifyPasskeyLogin(response, origin);
  if (!result.ok) throw new PasskeySignInError(result.reason);
  return { id: result.userId };
}
