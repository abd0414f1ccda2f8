import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import type { RequestOrigin } from "@/lib/audit/actor";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeLimits } from "@/lib/rate-limit/enforce";
import { consumeBucketedRateLimit } from "@/lib/rate-limit/rate-limit";
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
  // One statement, no lock: at most a tenth of the window's uses are forgotten early.
  const limit = await consumeLimits([RATE_LIMITS.passkeyLoginPerIp], { ip: origin.ip });
  if (!limit.allowed) return { ok: false, reason: "rate_limited" };
  const perCredential = await consumeBucketedRateLimit(
    RATE_LIMITS.passkeyLoginPerCredential,
    response.id,
  );
  if (!perCredential.allowed) return { ok: false, reason: "rate_limited" };
  const result = await verifyPasskeyLogin(response, origin);
  return result.ok ? { ok: true, userId: result.userId } : { ok: false, reason: result.reason };
}
