import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type {} from "next-auth/jwt";
import type { OIDCConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record";
import { describeError } from "@/lib/logging/describe-error";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { clientIpFrom, userAgentFrom } from "@/lib/http/client-info";
import { authorizePasskey, startPasskeySession } from "@/lib/passkeys/login";
import type { Session } from "@/lib/db/schema";
import { endSession, startSession, validateSession } from "@/lib/sessions/sessions";
import { readSessionToken } from "./session-token";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { ACR_SUBSTANTIAL, isAcceptedAcr, verifyIdToken } from "./idporten";
import { findOrCreateUserByPid, findUserByPid } from "./users";

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
  }
}

// The jwt callback validates the row; the session callback of the same call reads it here.
const validated = new WeakMap<object, Session>();

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
      params: { scope: "openid profile", acr_values: ACR_SUBSTANTIAL, ui_locales: "nb" },
    },
    // Keyed on pid later; no name or email comes from ID-porten.
    profile: (profile) => ({ id: profile.sub }),
  };
}

/** Passkey login: `credential` is the browser's assertion JSON, verified in lib/passkeys. */
function passkeyProvider() {
  return Credentials({
    id: "passkey",
    name: "Passnøkkel",
    credentials: { credential: {} },
    authorize: (credentials, request) => authorizePasskey(credentials.credential, request),
  });
}

function buildConfig(request: Request | undefined): NextAuthConfig {
  const headers = request?.headers ?? new Headers();
  const ip = clientIpFrom(headers);
  return {
    secret: config().authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_POLICY.absoluteSeconds },
    pages: { signIn: LOGIN_ERROR_PAGE, error: LOGIN_ERROR_PAGE },
    providers: [idportenProvider(), passkeyProvider()],
    logger: {
      error(error) {
        const type = (error as { type?: string }).type ?? error.name;
        console.error(`[auth] ${type}: ${describeError(error)}`);
        void recordAudit({ action: "login.failed", ip, details: { reason: type } }).catch(() => {});
      },
      warn() {},
    },
    callbacks: {
      async signIn({ account, profile }) {
        // authorize() has verified the assertion and refused disabled users.
        if (account?.provider === "passkey") return true;
        if (account?.provider !== "idporten") return false;
        const claims = profile as unknown as IdportenProfile;
        if (!isAcceptedAcr(claims.acr)) {
          await recordAudit({
            action: "login.refused",
            ip,
            details: { reason: "acr_below_substantial", acr: String(claims.acr ?? "") },
          });
          return `${LOGIN_ERROR_PAGE}?kode=sikkerhetsniva`;
        }
        if (!account.id_token || typeof claims.pid !== "string") return false;
        const existing = await findUserByPid(claims.pid);
        if (existing?.disabledAt) {
          await recordAudit({
            action: "login.refused",
            actorUserId: existing.id,
            ip,
            details: { reason: "user_disabled" },
          });
          return `${LOGIN_ERROR_PAGE}?kode=deaktivert`;
        }
        try {
          await verifyIdToken(account.id_token);
        } catch {
          await recordAudit({
            action: "login.refused",
            ip,
            details: { reason: "id_token_invalid" },
          });
          return `${LOGIN_ERROR_PAGE}?kode=ugyldig`;
        }
        return true;
      },
      async jwt({ token, account, profile, trigger, user }) {
        if (trigger === "signIn" && account?.provider === "passkey" && user?.id) {
          return { st: await startPasskeySession(user.id, headers) };
        }
        if (trigger === "signIn" && account?.provider === "idporten") {
          const claims = profile as unknown as IdportenProfile;
          const { user, created } = await findOrCreateUserByPid(claims.pid);
          // One transaction: the new session, the end of the one it replaces, the audit row.
          const previous = await readSessionToken(headers);
          const st = await getDb().transaction(async (tx) => {
            const token = await startSession(
              {
                userId: user.id,
                method: "idporten",
                acr: claims.acr,
                idportenIssuer: config().idporten.issuer,
                idportenSid: claims.sid ?? null,
                idToken: account.id_token ?? null,
                ip,
                userAgent: userAgentFrom(headers),
              },
              tx,
            );
            // A step-up replaces this browser's earlier session; it must not linger.
            if (previous) await endSession(previous, tx);
            await recordAudit(
              {
                action: created ? "user.created" : "login.succeeded",
                actorUserId: user.id,
                ip,
                details: { method: "idporten", acr: claims.acr },
              },
              tx,
            );
            return token;
          });
          return { st };
        }
        if (!token.st) return null;
        const session = await validateSession(token.st);
        if (!session) return null;
        validated.set(token, session);
        return token;
      },
      async session({ session, token }) {
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
