import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { addSeconds, now } from "@/lib/clock";
import { originFrom } from "@/lib/http/client-info";
import { refusePasskeyUse } from "@/lib/passkeys/authentication";
import { authorizePasskey, type PasskeyAuthorization } from "@/lib/passkeys/login";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { startLoginSessionAfter } from "@/lib/sessions/sessions";
import { authCookies, sessionCookieName } from "./cookies";
import { readSessionToken } from "./session-token";

export type SessionCookie = {
  name: string;
  value: string;
  options: NonNullable<ReturnType<typeof authCookies>["sessionToken"]>["options"] & {
    expires: Date;
  };
};

/**
 * A passkey login, without a round through Auth.js: the session cookie is our opaque session
 * token (lib/auth/session-token.ts), so the login verifies the assertion, starts the session
 * the way an ID-porten login does (ending this browser's previous one) and hands back the
 * cookie, with the name and attributes Auth.js gives it (lib/auth/cookies.ts). The counter
 * check runs first, from a known browser in the same statement as the session.
 */
export async function loginWithPasskey(
  response: AuthenticationResponseJSON,
  headers: Headers,
): Promise<Exclude<PasskeyAuthorization, { ok: true }> | { ok: true; cookie: SessionCookie }> {
  const origin = originFrom(headers);
  const authorized = await authorizePasskey(response, origin);
  if (!authorized.ok) return authorized;
  const { use } = authorized;
  const token = await startLoginSessionAfter(
    { ctes: use.ctes, gate: "used" },
    {
      userId: use.userId,
      method: "passkey",
      origin,
      previousToken: await readSessionToken(headers),
    },
  );
  // The counter did not move forward: nothing else was written; refused and audited.
  if (!token) return refusePasskeyUse(use, origin);
  return { ok: true, cookie: sessionCookie(token) };
}

/** The session cookie for a token: as Auth.js would write it, expiring with the session. */
export function sessionCookie(token: string): SessionCookie {
  return {
    name: sessionCookieName(),
    value: token,
    options: {
      ...authCookies().sessionToken!.options,
      expires: addSeconds(now(), SESSION_POLICY.absoluteSeconds),
    },
  };
}
