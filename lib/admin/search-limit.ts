import "server-only";
import { currentOrigin } from "@/lib/http/client-info";
import { setResponseStatus } from "@/lib/http/request-state";
import { consumeLimits, rateLimitedMessage } from "@/lib/rate-limit/enforce";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";

/**
 * Counts one admin search for the support user and their address. Null when it may run;
 * otherwise the Norwegian message with the wait, and the page answers 429.
 */
export async function limitAdminSearch(userId: string): Promise<string | null> {
  const { ip } = await currentOrigin();
  const outcome = await consumeLimits(
    [RATE_LIMITS.adminSearchPerUser, RATE_LIMITS.adminSearchPerIp],
    { ip, userId },
  );
  if (outcome.allowed) return null;
  setResponseStatus(429);
  return rateLimitedMessage(outcome.retryAfterSeconds);
}
