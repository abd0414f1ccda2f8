import "server-only";
import { CredentialsSignin } from "next-auth";
import { headers as requestHeaders } from "next/headers";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { clientIpFrom, userAgentFrom } from "@/lib/http/client-info";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { startSession } from "@/lib/sessions/sessions";
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
  const ip = clientIpFrom(request.headers);
  const limit = await consumeRateLimit(RATE_LIMITS.passkeyLoginPerIp, ip ?? "unknown");
  if (!limit.allowed) throw new PasskeySignInError("rate_limited");
  const response = parseAuthenticationResponse(credential);
  if (!response) throw new PasskeySignInError("invalid_request");
  const result = await verifyPasskeyLogin(response, ip);
  if (!result.ok) throw new PasskeySignInError(result.reason);
  return { id: result.userId };
}

async function currentHeaders(fallback: Headers): Promise<Headers> {
  try {
    return new Headers(await requestHeaders());
  } catch {
    return fallback;
  }
}

/** After a verified passkey: a new session (method "passkey") and its audit event. */
export async function startPasskeySession(userId: string, fallback: Headers): Promise<string> {
  const headers = await currentHeaders(fallback);
  const ip = clientIpFrom(headers);
  const token = await startSession({
    userId,
    method: "passkey",
    ip,
    userAgent: userAgentFrom(headers),
  });
  await getDb().update(users).set({ lastLoginAt: now() }).where(eq(users.id, userId));
  await recordAudit({
    action: "login.succeeded",
    actorUserId: userId,
    ip,
    details: { method: "passkey" },
  });
  return token;
}
