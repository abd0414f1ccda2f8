import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { RequestOrigin } from "@/lib/audit/actor";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeBucketedRateLimits } from "@/lib/rate-limit/rate-limit";
import { checkPasskeyAssertion, type PasskeyRefusal, type PasskeyUse } from "./authentication";

export type PasskeyAuthorization =
  { ok: true; use: PasskeyUse } | { ok: false; reason: PasskeyRefusal | "rate_limited" };

/**
 * The posted assertion (shaped by authenticationResponseSchema), verified up to its counter
 * step, which the caller runs with the session (lib/auth/passkey-login.ts).
 * Rate-limited here, per address and per credential (so per account, whatever address the
 * attempts come from). Every refusal but the rate limit is audited.
 */
export async function authorizePasskey(
  response: AuthenticationResponseJSON,
  origin: RequestOrigin,
): Promise<PasskeyAuthorization> {
  // Per address, then per credential: one statement, no lock (at most a tenth of a window's
  // uses are forgotten early). An unknown address is refused, as consumeLimits does.
  if (!origin.ip) return { ok: false, reason: "rate_limited" };
  const limits = await consumeBucketedRateLimits([
    { policy: RATE_LIMITS.passkeyLoginPerIp, key: origin.ip },
    { policy: RATE_LIMITS.passkeyLoginPerCredential, key: response.id },
  ]);
  if (!limits.every((limit) => limit?.allowed)) return { ok: false, reason: "rate_limited" };
  return checkPasskeyAssertion(response, origin);
}
