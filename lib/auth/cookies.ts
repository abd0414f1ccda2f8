import "server-only";
import type { NextAuthConfig } from "next-auth";
import { config } from "@/lib/config";

type CookieName =
  | "sessionToken"
  | "callbackUrl"
  | "csrfToken"
  | "pkceCodeVerifier"
  | "state"
  | "nonce"
  | "webauthnChallenge";

const AUTHJS_COOKIES: Record<CookieName, { name: string; maxAgeSeconds?: number }> = {
  sessionToken: { name: "authjs.session-token" },
  callbackUrl: { name: "authjs.callback-url" },
  csrfToken: { name: "authjs.csrf-token" },
  pkceCodeVerifier: { name: "authjs.pkce.code_verifier", maxAgeSeconds: 15 * 60 },
  state: { name: "authjs.state", maxAgeSeconds: 15 * 60 },
  nonce: { name: "authjs.nonce", maxAgeSeconds: 15 * 60 },
  webauthnChallenge: { name: "authjs.challenge", maxAgeSeconds: 15 * 60 },
};

/**
 * Secure cookies follow APP_URL's scheme: https (production requires it) gives `__Host-`
 * names with Secure; a plain-http APP_URL (development, the browser journeys on
 * http://localhost) gives the bare names without Secure, which browsers would otherwise drop
 * or refuse to send.
 */
export function usesSecureCookies(appUrl: string = config().appUrl): boolean {
  return appUrl.startsWith("https://");
}

/**
 * Every Auth.js cookie: HttpOnly, SameSite=Lax, Path=/, no Domain; over https also Secure
 * and `__Host-` prefixed (bound to this exact origin, never set by a sibling subdomain).
 */
export function authCookies(
  appUrl: string = config().appUrl,
): NonNullable<NextAuthConfig["cookies"]> {
  const secure = usesSecureCookies(appUrl);
  const cookies: NonNullable<NextAuthConfig["cookies"]> = {};
  for (const [key, { name, maxAgeSeconds }] of Object.entries(AUTHJS_COOKIES)) {
    cookies[key as CookieName] = {
      name: `${secure ? "__Host-" : ""}${name}`,
      options: {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure,
        ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
      },
    };
  }
  return cookies;
}

/** The session cookie's name for this APP_URL. */
export function sessionCookieName(appUrl: string = config().appUrl): string {
  return `${usesSecureCookies(appUrl) ? "__Host-" : ""}${AUTHJS_COOKIES.sessionToken.name}`;
}
