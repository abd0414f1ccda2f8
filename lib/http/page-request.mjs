// What every page request gets before Next renders it, decided in server.mjs (plain JavaScript:
// Node loads it before Next). It was Next's proxy, which cost as much per request as a cheap
// route: the Content-Security-Policy with a fresh nonce, the return path for pages behind login,
// and the redirect to /logg-inn for people without any session cookie. It only redirects:
// every page still checks the session on the server.
import { randomBytes } from "node:crypto";

/** Set on requests for pages behind login: the path (and query) the browser asked for. */
export const RETURN_PATH_HEADER = "x-medlemsportalen-path";

/** Pages behind login: without any session cookie, straight to /logg-inn. */
const PROTECTED = [
  "/oversikt",
  "/profil",
  "/medlemsgrupper",
  "/registrer",
  "/admin",
  "/varsler",
  "/tjenester",
];

const SESSION_COOKIE = /^(__Host-|__Secure-)?authjs\.session-token/;

/** @param {string} pathname */
function isProtected(pathname) {
  return PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * Not pages: built files, the icons, the route handlers (their fixed policy comes from
 * next.config.ts), oidc-provider's own routes (lib/oidc/provider.ts; its interaction page is
 * ours) and the front-channel logout (its own policy).
 * @param {string} pathname
 */
function isPage(pathname) {
  if (pathname.startsWith("/_next/") || pathname.startsWith("/api/")) return false;
  if (pathname === "/favicon.ico" || pathname === "/icon.svg") return false;
  return !(pathname.startsWith("/oidc/") && !pathname.startsWith("/oidc/interaction/"));
}

/** @param {string | undefined} cookieHeader */
function hasSessionCookie(cookieHeader) {
  return (cookieHeader ?? "")
    .split(";")
    .some((part) => SESSION_COOKIE.test(part.trim().split("=")[0] ?? ""));
}

/**
 * Content-Security-Policy of the portal's pages: scripts only with this response's nonce (and
 * what they load, 'strict-dynamic'), no plugins, no <base>, forms only to the portal and
 * ID-porten, never framed. Next puts the nonce on its own scripts when the request carries
 * this header.
 * @param {{ nonce: string; dev: boolean; idportenIssuer: string }} input
 */
export function pageCsp({ nonce, dev, idportenIssuer }) {
  return serializePolicy({
    "default-src": ["'self'"],
    // 'self' only for browsers without CSP 3, which ignore 'strict-dynamic'. React's
    // development build evaluates code, so development needs 'unsafe-eval'.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // Style attributes (React, Designsystemet) cannot carry a nonce.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    // Development's hot reload talks over a WebSocket.
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'", new URL(idportenIssuer).origin],
    "frame-ancestors": ["'none'"],
  });
}

/** @param {Record<string, string[]>} directives */
export function serializePolicy(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/**
 * Prepares a request: for a page behind login without any session cookie, where to send it;
 * for any page, the policy to send (also set on the request, where Next reads the nonce).
 * Always removes a client's copy of the return-path header, and sets it for pages behind login.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 * @param {{ dev: boolean; idportenIssuer: string }} settings
 * @returns {{ redirectTo: string } | { csp: string } | null}
 */
export function preparePageRequest(req, settings) {
  delete req.headers[RETURN_PATH_HEADER];
  const url = new URL(req.url ?? "/", "http://portal.invalid");
  const { pathname, search } = url;
  if (!isPage(pathname)) return null;
  const behindLogin = isProtected(pathname);
  // A server action answers for itself (userAction sends a caller without a session to
  // /logg-inn in a way the page can follow); a plain redirect here would break its response.
  const isServerAction = req.method === "POST" && req.headers["next-action"] !== undefined;
  if (behindLogin && !isServerAction) {
    const cookie = req.headers.cookie;
    if (!hasSessionCookie(Array.isArray(cookie) ? cookie.join("; ") : cookie)) {
      return { redirectTo: `/logg-inn?callbackUrl=${encodeURIComponent(pathname + search)}` };
    }
  }
  // Pages learn where they are, so an expired session can come back here after login.
  if (behindLogin) req.headers[RETURN_PATH_HEADER] = pathname + search;
  const csp = pageCsp({ nonce: randomBytes(16).toString("base64"), ...settings });
  req.headers["content-security-policy"] = csp;
  return { csp };
}
