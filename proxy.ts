import { NextResponse, type NextRequest } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/http/return-path";

// Only a redirect for people without any session cookie; every page still checks on the server.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSessionCookie = request.cookies
    .getAll()
    .some((c) => /^(__Host-|__Secure-)?authjs\.session-token/.test(c.name));
  if (hasSessionCookie) {
    // Pages learn where they are, so an expired session can come back here after login.
    const headers = new Headers(request.headers);
    headers.set(RETURN_PATH_HEADER, pathname + search);
    return NextResponse.next({ request: { headers } });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/logg-inn";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// Must be a literal: Next reads it statically.
export const config = {
  matcher: [
    "/oversikt/:path*",
    "/profil/:path*",
    "/medlemsgrupper/:path*",
    "/registrer/:path*",
    "/admin/:path*",
    "/varsler/:path*",
    "/tjenester/:path*",
  ],
};
