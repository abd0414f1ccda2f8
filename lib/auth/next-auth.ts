import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { currentLocale } from "@/lib/i18n/locale";
import type {} from "next-auth/jwt";
import type { OIDCConfig } from "next-auth/providers";
import { recordAudit } from "@/lib/audit/record";
import { withinAuditCap } from "@/lib/audit/refusals";
import { describeError } from "@/lib/logging/describe-error";
import { config } from "@/lib/config";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { currentHeaders, currentOrigin, originFrom } from "@/lib/http/client-info";
import { hashPid } from "@/lib/identity/pid-hash";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeBucketedRateLimit } from "@/lib/rate-limit/rate-limit";
import type { Session } from "@/lib/db/schema";
import { validateSession } from "@/lib/sessions/sessions";
import { sessionCookieSecret } from "@/lib/crypto/keys";
import { endSession } from "@/lib/sessions/sessions";
import { authCookies, usesSecureCookies } from "./cookies";
import { readSessionToken, sessionCookieCodec } from "./session-token";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { ACR_SUBSTANTIAL, isAcceptedAcr, verifyIdToken } from "./idporten";
import { startIdportenSession } from "./idporten-login";
import { findUserByPid } from "./users";

declare module "next-auth/jwt" {
  interface JWT {
    /** Our own session token; the row in PostgreSQL is the truth. */
    st?: string;
  }
}

declare module "next-auth" {
  interface Session {
    userId: string;
    /** The row's id (a hash of the token, not the token): marks "this session" in lists. */
    sessionId: string;
    method: "idporten" | "passkey";
    acr: string | null;
    authenticatedAt: string;
    lastSeenAt: string;
    /** The session could not be checked: the database is unavailable (never sent as such). */
    unavailable?: true;
  }
}

// The jwt callback validates the row; the session callback of the same call reads it here.
const validated = new WeakMap<object, Session>();
// Tokens whose row could not be read because the database was unavailable.
const unavailable = new WeakSet<object>();

type IdportenProfile = { sub: string; pid: string; acr?: string; sid?: string; amr?: string[] };

export const LOGIN_ERROR_PAGE = "/logg-inn/feil";

function idportenProvider(): OIDCConfig<IdportenProfile> {
  const { issuer, clientId, clientSecret } = config().idporten;
  return {
    id: "idporten",
    name: "ID-porten",
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    checks: ["pkce", "state", "nonce"],
    client: { token_endpoint_auth_method: "client_secret_basic" },
    authorization: {
      // ID-porten speaks the visitor's chosen language too (built per request).
      params: {
        scope: "openid profile",
        acr_values: ACR_SUBSTANTIAL,
        ui_locales: currentLocale(),
      },
    },
    // Keyed on pid later; no name or email comes from ID-porten.
    profile: (profile) => ({ id: profile.sub }),
  };
}

function buildConfig(request: Request | undefined): NextAuthConfig {
  const headers = request?.headers ?? new Headers();
  const origin = originFrom(headers);
  return {
    // Its own key derived from AUTH_SECRET (lib/crypto/keys.ts), not the secret itself.
    secret: sessionCookieSecret(),
    trustHost: true,
    useSecureCookies: usesSecureCookies(),
    cookies: authCookies(),
    session: { strategy: "jwt", maxAge: SESSION_POLICY.absoluteSeconds },
    // The cookie is our opaque session token, checked against PostgreSQL on every request.
    jwt: sessionCookieCodec,
    pages: { signIn: LOGIN_ERROR_PAGE, error: LOGIN_ERROR_PAGE },
    // Passkey logins do not come through Auth.js: lib/auth/passkey-login.ts.
    providers: [idportenProvider()],
    logger: {
      error(error) {
        const type = (error as { type?: string }).type ?? error.name;
        console.error(`[auth] ${type}: ${describeError(error)}`);
        // Capped per address like refusals: junk cookies cannot grow the audit log unbounded.
        void withinAuditCap(origin, "login-failed")
          .then((allowed) =>
            allowed
              ? recordAudit({ action: "login.failed", actor: origin, details: { reason: type } })
              : undefined,
          )
          .catch(() => {});
      },
      warn() {},
    },
    events: {
      // Auth.js's own POST /api/auth/signout only clears the cookie: end the row too, so the
      // old cookie is worth nothing. (lib/auth/logout.ts has ended it already: a no-op then.)
      async signOut(message) {
        const st = "token" in message ? message.token?.st : undefined;
        if (st) await endSession(st, await currentOrigin(headers));
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "idporten") return false;
        const claims = profile as unknown as IdportenProfile;
        if (!isAcceptedAcr(claims.acr)) {
          await recordAudit({
            action: "login.refused",
            actor: origin,
            details: { reason: "acr_below_substantial", acr: String(claims.acr ?? "") },
          });
          return `${LOGIN_ERROR_PAGE}?kode=sikkerhetsniva`;
        }
        if (!account.id_token || typeof claims.pid !== "string") return false;
        // Per person, whatever address the logins come from (the callback is limited per address).
        const perPerson = await consumeBucketedRateLimit(
          RATE_LIMITS.idportenLoginPerPerson,
          hashPid(claims.pid),
        );
        if (!perPerson.allowed) {
          await recordAudit({
            action: "login.refused",
            actor: origin,
            details: { reason: "rate_limited" },
          });
          return `${LOGIN_ERROR_PAGE}?kode=for-mange`;
        }
        const existing = await findUserByPid(claims.pid);
        if (existing?.disabledAt) {
          await recordAudit({
            action: "login.refused",
            actor: { ...origin, userId: existing.id },
            details: { reason: "user_disabled" },
          });
          return `${LOGIN_ERROR_PAGE}?kode=deaktivert`;
        }
        try {
          await verifyIdToken(account.id_token);
        } catch {
          await recordAudit({
            action: "login.refused",
            actor: origin,
            details: { reason: "id_token_invalid" },
          });
          return `${LOGIN_ERROR_PAGE}?kode=ugyldig`;
        }
        return true;
      },
      async jwt({ token, account, profile, trigger }) {
        // Both login methods start their session in startLoginSession (passkeys: passkey-login.ts).
        if (trigger === "signIn" && account?.provider === "idporten") {
          const claims = profile as unknown as IdportenProfile;
          const current = await currentHeaders(headers);
          const previousToken = await readSessionToken(current);
          const st = await startIdportenSession({
            pid: claims.pid,
            acr: claims.acr,
            issuer: config().idporten.issuer,
            sid: claims.sid ?? null,
            idToken: account.id_token ?? null,
            origin: originFrom(current),
            previousToken,
          });
          return { st };
        }
        if (!token.st) return null;
        try {
          const session = await validateSession(token.st);
          if (!session) return null;
          validated.set(token, session);
        } catch (error) {
          // Unknown is not invalid: keep the cookie and answer 503, never "logged out".
          console.error(
            `[auth] session check failed${isDatabaseUnavailable(error) ? " (database unavailable)" : ""}: ${describeError(error)}`,
          );
          unavailable.add(token);
        }
        return token;
      },
      async session({ session, token }) {
        if (unavailable.has(token)) return { ...session, unavailable: true };
        const row = validated.get(token);
        // Never the session token: this object also reaches the browser at /api/auth/session.
        return {
          expires: session.expires,
          userId: row?.userId ?? "",
          sessionId: row?.id ?? "",
          method: row?.method ?? "idporten",
          acr: row?.acr ?? null,
          authenticatedAt: row?.authenticatedAt.toISOString() ?? "",
          lastSeenAt: row?.lastSeenAt.toISOString() ?? "",
        } as typeof session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => buildConfig(request));
