import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { RequestOrigin } from "@/lib/audit/actor";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeBucketedRateLimits } from "@/lib/rate-limit/rate-limit";
import { verifyPasskeyLogin, type PasskeyRefusal } from "./authentication";

export type PasskeyAuthorization =
  { ok: true; userId: string } | { ok: false; reason: PasskeyRefusal | "rate_limited" };

/**
 * The posted assertion (shaped by authenticationResponseSchema), verified, gives the user.
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
  const result = await verifyPasskeyLogin(response, origin);
  return result.ok ? { ok: true, userId: result.userId } : { ok: false, reason: result.reason };
}
