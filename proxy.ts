import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config";
import { pageCsp } from "@/lib/http/csp";
import { RETURN_PATH_HEADER } from "@/lib/http/return-path";

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

function isProtected(pathname: string): boolean {
  return PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** oidc-provider's own routes set their own policy (lib/oidc/provider.ts); its interaction page is ours. */
function hasOwnPolicy(pathname: string): boolean {
  return (
    (pathname.startsWith("/oidc/") && !pathname.startsWith("/oidc/interaction/")) ||
    pathname === "/api/idporten/frontchannel-logout"
  );
}

/**
 * Gives every page a Content-Security-Policy with a fresh nonce, and only redirects people
 * without any session cookie away from pages behind login: every page still checks on the server.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A server action answers for itself (userAction sends a caller without a session to
  // /logg-inn in a way the page can follow); a plain redirect here would break its response.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isProtected(pathname) && !isServerAction) {
    const hasSessionCookie = request.cookies
      .getAll()
      .some((c) => /^(__Host-|__Secure-)?authjs\.session-token/.test(c.name));
    if (!hasSessionCookie) {
      const url = request.nextUrl.clone();
      url.pathname = "/logg-inn";
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }
  if (hasOwnPolicy(pathname)) return NextResponse.next();

  const headers = new Headers(request.headers);
  // Pages learn where they are, so an expired session can come back here after login.
  if (isProtected(pathname)) headers.set(RETURN_PATH_HEADER, pathname + search);
  else headers.delete(RETURN_PATH_HEADER);
  const csp = pageCsp({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64"),
    dev: process.env.NODE_ENV === "development",
    idportenIssuer: appConfig().idporten.issuer,
  });
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// Must be a literal: Next reads it statically. Pages only: not the built files and icons,
// and not the route handlers under /api, which render no scripts and get a fixed policy from
// next.config.ts (running the proxy on every login and API call cost as much as the call).
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
